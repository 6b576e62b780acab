package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/**
 * An application was submitted, by the person or on their behalf, with this many wished homes or areas. The
 * reference (SB-2026-000042) is what the applicant quotes when they call the contact center.
 */
public record HousingApplicationSubmitted(UUID applicationId, String reference, Instant submittedAt,
        HousingApplicationStarted.ApplicantRole applicantRole, int wishes, HousingApplicationStarted.Channel channel)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
