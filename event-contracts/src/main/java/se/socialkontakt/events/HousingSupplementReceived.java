package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The applicant answered a request for more information. */
public record HousingSupplementReceived(UUID applicationId, Instant receivedAt) implements EventData {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
