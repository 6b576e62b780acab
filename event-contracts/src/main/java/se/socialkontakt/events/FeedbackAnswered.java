package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The unit answered the feedback, {@code workingDays} working days after it came in (a begun day counts). */
public record FeedbackAnswered(UUID feedbackId, Instant answeredAt, FeedbackReceived.Kind kind, String unit,
        long workingDays) implements EventData {

    @Override
    public UUID aggregateId() {
        return feedbackId;
    }
}
