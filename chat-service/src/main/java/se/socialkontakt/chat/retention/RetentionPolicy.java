package se.socialkontakt.chat.retention;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a transcript is erased. By default at the end of the day the conversation ended (midnight in the chat's time
 * zone); {@code socialkontakt.chat.retention.keep-after-end} sets a fixed time after the end instead.
 */
@ApplicationScoped
public class RetentionPolicy {
    private final ZoneId zone;
    private final Optional<Duration> keepAfterEnd;
    private final Duration preservedFor;

    RetentionPolicy(@ConfigProperty(name = "socialkontakt.chat.zone") ZoneId zone,
            @ConfigProperty(name = "socialkontakt.chat.retention.keep-after-end") Optional<Duration> keepAfterEnd,
            @ConfigProperty(name = "socialkontakt.chat.retention.preserved-for") Duration preservedFor) {
        this.zone = zone;
        this.keepAfterEnd = keepAfterEnd;
        this.preservedFor = preservedFor;
    }

    public Instant eraseAt(Instant ended) {
        return keepAfterEnd.map(ended::plus).orElseGet(
                () -> LocalDate.ofInstant(ended, zone).plusDays(1).atStartOfDay(zone).toInstant());
    }

    public Instant preservedUntil(Instant preservedAt) {
        return preservedAt.plus(preservedFor);
    }
}
