package se.socialkontakt.chat.abuse;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.UUID;

/** Supervisors see the blocks in force and lift one that should not stand (audited). */
@Path("/api/blocks")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("supervisor")
public class BlocksResource {
    private final BlockService blocks;
    private final SecurityIdentity identity;

    BlocksResource(BlockService blocks, SecurityIdentity identity) {
        this.blocks = blocks;
        this.identity = identity;
    }

    @GET
    public List<BlockService.Block> inForce() {
        return blocks.inForce();
    }

    @DELETE
    @Path("/{id}")
    public void lift(@PathParam("id") UUID id) {
        if (!blocks.lift(identity.getPrincipal().getName(), id)) {
            throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such block")
                    .withDetail("No block in force has this id").build();
        }
    }
}
