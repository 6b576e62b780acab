package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The counsellor's first message reached the young person, {@code responseSeconds} after they asked for the chat:
 * the response time as the young person experiences it, queue included.
 */
public record ChatFirstResponse(UUID conversationId, Instant respondedAt, long responseSeconds) implements EventData {

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
