package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** Someone looked at a home in the public catalogue (an anonymous count). */
public record HousingCatalogueViewed(UUID homeId, Instant viewedAt) implements EventData {

    @Override
    public UUID aggregateId() {
        return homeId;
    }
}
