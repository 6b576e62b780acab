package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** An application moved to a new status. */
public record HousingApplicationStatusChanged(UUID applicationId, Instant changedAt, HousingApplicationStatus status)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
