package se.socialkontakt.contact.contactcase;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.events.ContactCaseLogged.Category;
import se.socialkontakt.events.ContactCaseLogged.Channel;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Agents log every first contact here, whatever channel it came through. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("agent")
public class ContactCaseResource {
    private final ContactCaseService cases;
    private final SecurityIdentity identity;

    ContactCaseResource(ContactCaseService cases, SecurityIdentity identity) {
        this.cases = cases;
        this.identity = identity;
    }

    public record LogRequest(@NotNull Channel channel, @NotNull Category category,
            @NotBlank @Size(max = 2000) String summary) {
    }

    public record CaseView(UUID id, Channel channel, Category category, String summary, Instant loggedAt) {
        static CaseView of(ContactCase c) {
            return new CaseView(c.id, c.channel, c.category, c.summary, c.loggedAt);
        }
    }

    @POST
    public Response log(@Valid @NotNull LogRequest request) {
        ContactCase logged = cases.log(request.channel(), request.category(), request.summary().strip(),
                identity.getPrincipal().getName());
        return Response.created(URI.create("/api/cases/" + logged.id)).entity(CaseView.of(logged)).build();
    }

    @GET
    public List<CaseView> latest(@QueryParam("count") @DefaultValue("20") @Min(1) @Max(100) int count) {
        return cases.latest(count).stream().map(CaseView::of).toList();
    }
}
