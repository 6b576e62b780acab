package se.socialkontakt.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A crisis message every resident page shows as a banner from {@code validFrom} until {@code validUntil} or its
 * withdrawal. The texts are a public announcement written by communicators for everyone, not about anyone.
 */
public record CrisisMessagePublished(UUID crisisId, Instant publishedAt, Instant validFrom, Instant validUntil,
        String textSv, String textEn) implements EventData {

    @Override
    public UUID aggregateId() {
        return crisisId;
    }
}
