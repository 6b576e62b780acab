package se.socialkontakt.housing.application;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.jwt.JsonWebToken;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Residents (logged in with e-ID) start and follow their own applications here. */
@Path("/api/applications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed("resident")
public class ApplicationResource {
    /** The Swedish OIDC profile's claim for the personal identity number delivered by the e-ID. */
    static final String IDENTITY_NUMBER_CLAIM = "https://id.oidc.se/claim/personalIdentityNumber";

    private final ApplicationService applications;
    private final JsonWebToken token;

    ApplicationResource(ApplicationService applications, JsonWebToken token) {
        this.applications = applications;
        this.token = token;
    }

    public record StartRequest(@NotNull ApplicantRole applicantRole) {
    }

    public record ApplicationView(UUID id, Application.Status status, ApplicantRole applicantRole,
            Instant startedAt) {
        static ApplicationView of(Application a) {
            return new ApplicationView(a.id, a.status, a.applicantRole, a.startedAt);
        }
    }

    @POST
    public Response start(@Valid @NotNull StartRequest request) {
        Application application = applications.start(identityNumber(), request.applicantRole());
        return Response.created(URI.create("/api/applications/" + application.id))
                .entity(ApplicationView.of(application)).build();
    }

    @GET
    @Path("{id}")
    public ApplicationView get(@PathParam("id") UUID id) {
        return applications.findOwnedBy(id, identityNumber()).map(ApplicationView::of)
                .orElseThrow(() -> new NotFoundException("No application " + id + " of yours"));
    }

    private String identityNumber() {
        String number = token.getClaim(IDENTITY_NUMBER_CLAIM);
        if (number == null || number.isBlank()) {
            throw new ForbiddenException("The login carries no personal identity number");
        }
        return number;
    }
}
