package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A complaint, suggestion or praise about a unit came in; what it says stays in the contact center. */
public record FeedbackReceived(UUID feedbackId, Instant receivedAt, Kind kind, String unit, boolean anonymous)
        implements EventData {

    public enum Kind {
        COMPLAINT, SUGGESTION, PRAISE
    }

    @Override
    public UUID aggregateId() {
        return feedbackId;
    }
}
