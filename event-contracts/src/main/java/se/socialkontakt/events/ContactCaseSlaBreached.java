package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A promise was not kept: the first response or the resolution was not there in time. */
public record ContactCaseSlaBreached(UUID caseId, Instant breachedAt, Clock clock, String unit) implements EventData {

    public enum Clock {
        FIRST_RESPONSE, RESOLUTION
    }

    @Override
    public UUID aggregateId() {
        return caseId;
    }
}
