package se.socialkontakt.chat.abuse;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.chat.conversation.ChatRefusal;
import se.socialkontakt.chat.conversation.ConversationAccess;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * Blocks an abusive participant of a conversation for a number of hours: the counsellor involved in it, or a
 * supervisor ({@link ConversationAccess}). The block covers the participant's browser; a supervisor may instead block
 * the address, which shuts out everyone behind it, for at most {@code socialkontakt.chat.block.address-at-most}.
 */
@Path("/api/conversations/{id}/block")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "counsellor", "supervisor" })
public class BlockResource {
    private final BlockService blocks;
    private final ConversationAccess access;
    private final SecurityIdentity identity;

    BlockResource(BlockService blocks, ConversationAccess access, SecurityIdentity identity) {
        this.blocks = blocks;
        this.access = access;
        this.identity = identity;
    }

    /** {@code kind} is BROWSER when left out. */
    public record BlockRequest(@NotNull @Min(1) @Max(24 * 30) Integer hours, @NotBlank @Size(max = 500) String reason,
            BlockService.Kind kind) {
    }

    public record Block(UUID conversationId, Instant blockedUntil) {
    }

    @POST
    public Block block(@PathParam("id") UUID id, @Valid @NotNull BlockRequest request) {
        if (!access.mayActOn(id, identity)) {
            access.refused(identity, "BLOCK", id);
            throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such conversation")
                    .withDetail("There is no conversation of yours with this id").build();
        }
        BlockService.Kind kind = request.kind() == null ? BlockService.Kind.BROWSER : request.kind();
        try {
            Instant until = blocks.block(identity.getPrincipal().getName(), identity.hasRole("supervisor"), id, kind,
                    Duration.ofHours(request.hours()), request.reason().strip());
            return new Block(id, until);
        } catch (ChatRefusal refusal) {
            throw switch (refusal.code()) {
                case "supervisors-only" -> HttpProblem.builder().withStatus(Response.Status.FORBIDDEN)
                        .withTitle("Supervisors only").withDetail("Only a supervisor blocks an address").build();
                case "address-block-too-long" -> HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                        .withTitle("Too long for an address").with("field", "hours")
                        .withDetail("An address is blocked for at most " + blocks.addressAtMost().toHours()
                                + " hours: everyone behind it is shut out").build();
                default -> HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Cannot block")
                        .withDetail("The participant of this conversation cannot be recognised")
                        .with("reason", refusal.code()).build();
            };
        }
    }
}
