package se.socialkontakt.chat.conversation;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/** Young people ask for a chat here, without logging in. */
@Path("/api/conversations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversationResource {
    private final ConversationService conversations;

    ConversationResource(ConversationService conversations) {
        this.conversations = conversations;
    }

    public record ConversationRequest(@NotNull AgeBand ageBand) {
    }

    public record ConversationView(UUID id, Conversation.Status status, Instant requestedAt) {
    }

    @POST
    @PermitAll
    public Response request(@Valid @NotNull ConversationRequest request) {
        Conversation conversation = conversations.request(request.ageBand());
        return Response.created(URI.create("/api/conversations/" + conversation.id))
                .entity(new ConversationView(conversation.id, conversation.status, conversation.requestedAt))
                .build();
    }
}
