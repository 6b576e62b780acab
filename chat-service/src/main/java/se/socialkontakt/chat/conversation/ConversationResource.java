package se.socialkontakt.chat.conversation;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.chat.hours.Availability;
import se.socialkontakt.chat.hours.HoursService;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Young people ask for a chat here, without logging in, while the chat is open. */
@Path("/api/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {
    private final ConversationService conversations;
    private final HoursService hours;

    ConversationResource(ConversationService conversations, HoursService hours) {
        this.conversations = conversations;
        this.hours = hours;
    }

    public record ConversationRequest(@NotNull AgeBand ageBand) {
    }

    public record ConversationView(UUID id, Conversation.Status status, Instant requestedAt) {
    }

    @POST
    @PermitAll
    public Response request(@Valid @NotNull ConversationRequest request) {
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
        Conversation conversation = conversations.request(request.ageBand());
        return Response.created(URI.create("/api/conversations/" + conversation.id))
                .entity(new ConversationView(conversation.id, conversation.status, conversation.requestedAt))
                .build();
    }
}
