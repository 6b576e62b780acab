package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** The resident got a first answer, {@code workingMinutes} of working time after the contact was opened. */
public record ContactCaseFirstResponse(UUID caseId, Instant respondedAt, long workingMinutes) implements EventData {

    @Override
    public UUID aggregateId() {
        return caseId;
    }
}
