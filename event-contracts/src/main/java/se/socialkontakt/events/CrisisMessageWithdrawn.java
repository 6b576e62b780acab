package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A crisis message was taken down before it expired. */
public record CrisisMessageWithdrawn(UUID crisisId, Instant withdrawnAt) implements EventData {

    @Override
    public UUID aggregateId() {
        return crisisId;
    }
}
