package se.socialkontakt.chat.conversation;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.chat.abuse.BlockService;
import se.socialkontakt.chat.abuse.Fingerprints;
import se.socialkontakt.chat.hours.Availability;
import se.socialkontakt.chat.hours.HoursService;
import se.socialkontakt.chat.queue.QueueService;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.events.ChatTopic;
import se.socialkontakt.support.idempotency.IdempotencyKey;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Young people ask for a chat here, without logging in, while the chat is open and a counsellor is there to answer.
 * Counsellors start practice chats here, open or closed.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {
    private final ConversationService conversations;
    private final HoursService hours;
    private final QueueService queue;
    private final Fingerprints fingerprints;
    private final BlockService blocks;
    private final ChatGuard guard;

    ConversationResource(ConversationService conversations, HoursService hours, QueueService queue,
            Fingerprints fingerprints, BlockService blocks, ChatGuard guard) {
        this.conversations = conversations;
        this.hours = hours;
        this.queue = queue;
        this.fingerprints = fingerprints;
        this.blocks = blocks;
        this.guard = guard;
    }

    /**
     * {@code browserKey}: a random key the young person's browser keeps between chats (and forgets on quick exit), by
     * which a block recognises that browser and no other.
     */
    public record ConversationRequest(@NotNull AgeBand ageBand, ChatTopic topic,
            @Pattern(regexp = "[A-Za-z0-9_-]{22,86}") String browserKey) {
    }

    /** The token is the young person's key to the conversation's WebSocket; it is shown this once. */
    public record ConversationView(UUID id, String token, Conversation.Status status, boolean practice,
            Instant requestedAt) {
    }

    @POST
    @Path("/conversations")
    @PermitAll
    public Response request(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull ConversationRequest request, @Context HttpServerRequest http) {
        Optional<IdempotencyKey> key = IdempotencyKey.of(idempotencyKey);
        String address = http.remoteAddress() == null ? null : http.remoteAddress().host();
        if (!guard.mayRequest(address)) {
            throw HttpProblem.builder().withStatus(Response.Status.TOO_MANY_REQUESTS).withTitle("Too many chats")
                    .withDetail("Too many chats were started from here just now; try again in a minute")
                    .withHeader("Retry-After", 60).build();
        }
        if (blocks.isBlocked(address, request.browserKey())) {
            throw HttpProblem.builder().withStatus(Response.Status.FORBIDDEN).withTitle("Blocked")
                    .withDetail("This participant may not use the chat for now").build();
        }
        Availability availability = hours.availabilityNow();
        if (!availability.acceptsNewChats()) {
            // Nobody should wait in a queue that no counsellor will answer: the page shows the alternatives.
            HttpProblem.Builder problem = HttpProblem.builder()
                    .withStatus(Response.Status.CONFLICT)
                    .withTitle("Chat closed")
                    .withDetail("The chat does not take new conversations now")
                    .with("state", availability.state().name());
            availability.nextOpening().ifPresent(next -> problem.with("nextOpening", next.toString()));
            throw problem.build();
        }
        if (queue.counsellorsOnline() == 0) {
            throw HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("No counsellor available")
                    .withDetail("The chat is open but no counsellor can answer right now")
                    .with("state", "NO_COUNSELLOR").build();
        }
        return created(conversations.request(request.ageBand(), request.topic(), false, fingerprints.of(address),
                Optional.ofNullable(request.browserKey()), key));
    }

    /** A practice chat for training, at any hour; never counted in the statistics. */
    @POST
    @Path("/practice-conversations")
    @RolesAllowed({ "counsellor", "supervisor" })
    public Response practice(@Valid @NotNull ConversationRequest request) {
        return created(conversations.request(request.ageBand(), request.topic(), true, Optional.empty(),
                Optional.empty()));
    }

    private static Response created(ConversationService.Requested requested) {
        Conversation conversation = requested.conversation();
        return Response.created(URI.create("/api/conversations/" + conversation.id))
                .entity(new ConversationView(conversation.id, requested.token(), conversation.status,
                        conversation.practice, conversation.requestedAt))
                .build();
    }
}
