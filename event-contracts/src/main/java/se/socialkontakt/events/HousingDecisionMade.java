package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The decision on an application, {@code workingDays} Swedish working days after it was submitted. */
public record HousingDecisionMade(UUID applicationId, Instant decidedAt, Outcome outcome, long workingDays)
        implements EventData {

    public enum Outcome {
        GRANTED, PARTLY_GRANTED, REFUSED
    }

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
