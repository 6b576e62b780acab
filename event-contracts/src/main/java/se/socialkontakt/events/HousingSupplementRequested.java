package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The assessor asked the applicant for more information. */
public record HousingSupplementRequested(UUID applicationId, Instant requestedAt) implements EventData {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
