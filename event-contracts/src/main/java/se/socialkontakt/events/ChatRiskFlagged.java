package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A message matched the risk lists, or a counsellor escalated: the conversation moved up and supervisors were told. */
public record ChatRiskFlagged(UUID conversationId, Instant flaggedAt, Level level) implements EventData {

    public enum Level {
        ELEVATED, HIGH
    }

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
