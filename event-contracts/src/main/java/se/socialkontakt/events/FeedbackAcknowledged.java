package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The unit confirmed it received the feedback, {@code workingDays} working days after it came in (a begun day counts). */
public record FeedbackAcknowledged(UUID feedbackId, Instant acknowledgedAt, FeedbackReceived.Kind kind, String unit,
        long workingDays) implements EventData {

    @Override
    public UUID aggregateId() {
        return feedbackId;
    }
}
