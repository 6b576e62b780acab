package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The young person's one-click answer to "did this help?" after the conversation. */
public record ChatConversationRated(UUID conversationId, Instant ratedAt, boolean helped) implements EventData {

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
