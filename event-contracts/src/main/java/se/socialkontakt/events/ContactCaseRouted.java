package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The contact needed more than a first answer and went to a unit's list. */
public record ContactCaseRouted(UUID caseId, Instant routedAt, String unit) implements EventData {

    @Override
    public UUID aggregateId() {
        return caseId;
    }
}
