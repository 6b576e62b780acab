package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A young person asked for a chat and was placed in the queue; age band and topic only if they chose to say. */
public record ChatConversationRequested(UUID conversationId, Instant requestedAt, AgeBand ageBand, ChatTopic topic)
        implements EventData {

    public enum AgeBand {
        AGE_10_12, AGE_13_15, AGE_16_18, UNDISCLOSED
    }

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
