package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A young person asked for a chat and was placed in the queue. */
public record ChatConversationRequested(UUID conversationId, Instant requestedAt, AgeBand ageBand)
        implements EventData {

    public enum AgeBand {
        AGE_10_12, AGE_13_15, AGE_16_18, UNDISCLOSED
    }

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
