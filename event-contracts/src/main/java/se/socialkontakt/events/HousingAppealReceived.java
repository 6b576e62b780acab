package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The applicant appealed the decision, {@code daysAfterDecision} calendar days after it (the limit is three weeks). */
public record HousingAppealReceived(UUID applicationId, Instant receivedAt, long daysAfterDecision)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
