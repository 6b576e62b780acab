package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/**
 * The contact was resolved: at first contact by the contact center, or later by the unit it was routed to
 * ({@code unit}, absent at first contact), {@code workingMinutes} of working time after it was opened.
 */
public record ContactCaseResolved(UUID caseId, Instant resolvedAt, boolean atFirstContact, long workingMinutes,
        String unit) implements EventData {

    @Override
    public UUID aggregateId() {
        return caseId;
    }
}
