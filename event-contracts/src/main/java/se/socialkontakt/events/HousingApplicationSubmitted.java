package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** An application was submitted, by the person or on their behalf, with this many wished homes or areas. */
public record HousingApplicationSubmitted(UUID applicationId, Instant submittedAt,
        HousingApplicationStarted.ApplicantRole applicantRole, int wishes, HousingApplicationStarted.Channel channel)
        implements EventData {

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
