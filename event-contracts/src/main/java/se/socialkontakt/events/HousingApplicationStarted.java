package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/** A resident, or someone on a resident's behalf, started an application for special housing. */
public record HousingApplicationStarted(UUID applicationId, Instant startedAt, ApplicantRole applicantRole,
        Channel channel) implements EventData {

    /** Who fills in the application: the person who would move, or a relative/representative for them. */
    public enum ApplicantRole {
        SELF, ON_BEHALF
    }

    /** How the application arrived: through the e-service, or on paper and registered by an assessor. */
    public enum Channel {
        DIGITAL, PAPER
    }

    @Override
    public UUID aggregateId() {
        return applicationId;
    }
}
