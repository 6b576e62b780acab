package se.socialkontakt.housing.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.socialkontakt.support.identity.ResidentIdentity;

/** What the login tells about the resident, to prefill the applicant's step. */
@Path("/api/profile")
@RolesAllowed("resident")
public class ProfileResource {
    private final ResidentIdentity resident;

    ProfileResource(ResidentIdentity resident) {
        this.resident = resident;
    }

    public record Profile(String name) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Profile profile() {
        return new Profile(resident.name());
    }
}
