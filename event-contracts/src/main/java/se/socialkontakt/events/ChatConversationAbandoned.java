package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The young person left the queue, or was gone from it too long, before a counsellor took the conversation. */
public record ChatConversationAbandoned(UUID conversationId, Instant abandonedAt, long waitedSeconds)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
