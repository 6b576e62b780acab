package se.socialkontakt.housing.homes;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.events.HousingCatalogueViewed;
import se.socialkontakt.outbox.Outbox;

import java.net.URI;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The public catalogue of the city's homes for the elderly; the admin keeps it. */
@Path("/api/homes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class HomeResource {
    private final Outbox outbox;
    private final Clock clock;

    HomeResource(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    public record HomeView(UUID id, String name, String district, String address,
            List<Home.Specialisation> specialisations, boolean couplesWelcome, String phone, String description,
            String photoPath, String photoAlt) {
        static HomeView of(Home h, boolean english) {
            boolean en = english && h.descriptionEn != null;
            return new HomeView(h.id, h.name, h.district, h.address, h.specialisations(), h.couplesWelcome, h.phone,
                    en ? h.descriptionEn : h.descriptionSv, h.photoPath,
                    english && h.photoAltEn != null ? h.photoAltEn : h.photoAltSv);
        }
    }

    /** A photo must come with its alternative text: the catalogue is read with screen readers too. */
    public record HomeText(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 60) String district,
            @NotBlank @Size(max = 200) String address, @NotNull @Size(max = 7) List<Home.@NotNull Specialisation> specialisations,
            boolean couplesWelcome, @NotBlank @Size(max = 40) String phone,
            @NotBlank @Size(max = 2000) String descriptionSv, @Size(max = 2000) String descriptionEn,
            @Size(max = 200) @Pattern(regexp = "/[A-Za-z0-9/_.-]+") String photoPath,
            @Size(max = 200) String photoAltSv, @Size(max = 200) String photoAltEn, boolean active) {

        @AssertTrue(message = "a photo needs a Swedish alternative text")
        public boolean isPhotoDescribed() {
            return photoPath == null || photoAltSv != null && !photoAltSv.isBlank();
        }
    }

    @GET
    @PermitAll
    public List<HomeView> list(@QueryParam("district") @Size(max = 60) String district,
            @QueryParam("specialisation") Home.Specialisation specialisation,
            @QueryParam("lang") @Pattern(regexp = "sv|en") String lang) {
        return Home.<Home>list("active", true).stream()
                .filter(h -> district == null || h.district.equalsIgnoreCase(district))
                .filter(h -> specialisation == null || h.specialisations().contains(specialisation))
                .sorted(Comparator.comparing((Home h) -> h.district).thenComparing(h -> h.name))
                .map(h -> HomeView.of(h, "en".equals(lang))).toList();
    }

    /** One home's page; each view is counted anonymously. */
    @GET
    @Path("/{id}")
    @PermitAll
    @Transactional
    public HomeView get(@PathParam("id") UUID id, @QueryParam("lang") @Pattern(regexp = "sv|en") String lang) {
        Home home = Home.findById(id);
        if (home == null || !home.active) {
            throw notFound();
        }
        outbox.publish(new HousingCatalogueViewed(id, clock.instant()));
        return HomeView.of(home, "en".equals(lang));
    }

    @POST
    @RolesAllowed("admin")
    @Transactional
    public Response create(@Valid @NotNull HomeText text) {
        Home home = new Home();
        home.id = UUID.randomUUID();
        write(home, text);
        home.persist();
        return Response.created(URI.create("/api/homes/" + home.id)).entity(HomeView.of(home, false)).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed("admin")
    @Transactional
    public HomeView update(@PathParam("id") UUID id, @Valid @NotNull HomeText text) {
        Home home = Home.findById(id);
        if (home == null) {
            throw notFound();
        }
        write(home, text);
        return HomeView.of(home, false);
    }

    private static void write(Home home, HomeText text) {
        home.name = text.name().strip();
        home.district = text.district().strip();
        home.address = text.address().strip();
        home.specialise(text.specialisations());
        home.couplesWelcome = text.couplesWelcome();
        home.phone = text.phone().strip();
        home.descriptionSv = text.descriptionSv().strip();
        home.descriptionEn = text.descriptionEn() == null || text.descriptionEn().isBlank() ? null
                : text.descriptionEn().strip();
        home.photoPath = text.photoPath();
        home.photoAltSv = text.photoPath() == null ? null : text.photoAltSv().strip();
        home.photoAltEn = text.photoPath() == null || text.photoAltEn() == null ? null : text.photoAltEn().strip();
        home.active = text.active();
    }

    private static HttpProblem notFound() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such home")
                .withDetail("There is no home with this id in the catalogue").build();
    }
}
