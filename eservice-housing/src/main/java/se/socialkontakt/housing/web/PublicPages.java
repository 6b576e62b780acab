package se.socialkontakt.housing.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.housing.homes.Home;
import se.socialkontakt.housing.homes.HomeResource;
import se.socialkontakt.housing.homes.HomeResource.HomeView;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The pages anyone may read without signing in: the start page, the catalogue of the city's homes and how applying
 * works. Rendered on the server, so they need no JavaScript.
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class PublicPages {
    private final Frames frames;
    private final HomeResource homes;
    private final int typicalDecisionDays;

    PublicPages(Frames frames, HomeResource homes,
            @ConfigProperty(name = "socialkontakt.housing.typical-decision-working-days") int typicalDecisionDays) {
        this.frames = frames;
        this.homes = homes;
        this.typicalDecisionDays = typicalDecisionDays;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(Frames.Frame frame);

        static native TemplateInstance how(Frames.Frame frame, int days);

        static native TemplateInstance homes(Frames.Frame frame, Catalogue catalogue);

        static native TemplateInstance home(Frames.Frame frame, HomeView home);

        static native TemplateInstance noHome(Frames.Frame frame);
    }

    /** The homes that match the reader's filter, and the choices the filter offers. */
    public record Catalogue(List<HomeView> homes, List<String> districts, List<Home.Specialisation> specialisations,
            String district, Home.Specialisation specialisation, boolean couples) {
    }

    @GET
    public TemplateInstance start(@QueryParam("lang") String lang) {
        return frames.page(lang, "/", Templates::start);
    }

    @GET
    @Path("sa-fungerar-det")
    public TemplateInstance how(@QueryParam("lang") String lang) {
        return frames.page(lang, "/sa-fungerar-det", frame -> Templates.how(frame, typicalDecisionDays));
    }

    @GET
    @Path("boenden")
    public TemplateInstance catalogue(@QueryParam("lang") String lang, @QueryParam("stadsdel") String district,
            @QueryParam("inriktning") String specialisation, @QueryParam("par") boolean couples) {
        Frames.Frame frame = frames.of(lang, "/boenden");
        Home.Specialisation kind = Arrays.stream(Home.Specialisation.values())
                .filter(s -> s.name().equals(specialisation)).findFirst().orElse(null);
        String chosenDistrict = district == null || district.isBlank() ? null : district;
        List<HomeView> all = homes.list(null, null, frame.lang());
        List<String> districts = all.stream().map(HomeView::district).distinct().sorted().toList();
        List<HomeView> matching = all.stream()
                .filter(h -> chosenDistrict == null || h.district().equalsIgnoreCase(chosenDistrict))
                .filter(h -> kind == null || h.specialisations().contains(kind))
                .filter(h -> !couples || h.couplesWelcome()).toList();
        return frame.render(Templates.homes(frame, new Catalogue(matching, districts,
                List.of(Home.Specialisation.values()), chosenDistrict, kind, couples)));
    }

    @GET
    @Path("boenden/{id}")
    public Response home(@QueryParam("lang") String lang, @PathParam("id") String id) {
        Frames.Frame frame = frames.of(lang, "/boenden/" + id);
        UUID homeId = parse(id);
        Home found = homeId == null ? null : Home.findById(homeId);
        if (found == null || !found.active) {
            return Response.status(Response.Status.NOT_FOUND).entity(frame.render(Templates.noHome(frame))).build();
        }
        return Response.ok(frame.render(Templates.home(frame, homes.get(homeId, frame.lang())))).build();
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
