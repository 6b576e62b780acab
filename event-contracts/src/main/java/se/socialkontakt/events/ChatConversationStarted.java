package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A counsellor took a conversation from the queue after the young person had waited {@code waitSeconds}. */
public record ChatConversationStarted(UUID conversationId, Instant startedAt, long waitSeconds) implements EventData {

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
