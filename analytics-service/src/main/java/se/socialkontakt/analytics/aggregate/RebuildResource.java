package se.socialkontakt.analytics.aggregate;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.sql.SQLException;
import java.util.List;

/**
 * The admin's rebuild of the aggregates from the event archive: started with an explicit confirmation, followed by
 * its progress. The dashboards keep the serving figures until the new generation is complete.
 */
@Path("/api/admin/rebuild")
@RolesAllowed("admin")
@Produces(MediaType.APPLICATION_JSON)
public class RebuildResource {
    private final Rebuild rebuild;
    private final SecurityIdentity identity;

    RebuildResource(Rebuild rebuild, SecurityIdentity identity) {
        this.rebuild = rebuild;
        this.identity = identity;
    }

    /** The confirmation the request must carry: a rebuild reads the whole archive. */
    public record Request(@NotNull @AssertTrue(message = "must be true: a rebuild reads every stored event") Boolean confirm) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response start(@NotNull @Valid Request request) throws SQLException {
        return Response.accepted(rebuild.start(identity.getPrincipal().getName())).build();
    }

    @GET
    public List<Rebuild.Status> generations() throws SQLException {
        return rebuild.recent();
    }
}
