package se.socialkontakt.chat.retention;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RetentionPolicyTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Test
    void byDefaultATranscriptIsErasedAtMidnightInStockholmAfterTheChatEnded() {
        RetentionPolicy policy = new RetentionPolicy(STOCKHOLM, Optional.empty(), Duration.ofDays(90));
        // 19:45 UTC on a winter day is 20:45 in Stockholm: erased at 00:00 Stockholm = 23:00 UTC.
        assertThat(policy.eraseAt(Instant.parse("2026-11-23T19:45:00Z"))).isEqualTo(Instant.parse("2026-11-23T23:00:00Z"));
        // 23:30 UTC is already the next day in Stockholm.
        assertThat(policy.eraseAt(Instant.parse("2026-11-23T23:30:00Z"))).isEqualTo(Instant.parse("2026-11-24T23:00:00Z"));
        // Summer time: midnight is 22:00 UTC.
        assertThat(policy.eraseAt(Instant.parse("2026-06-10T18:00:00Z"))).isEqualTo(Instant.parse("2026-06-10T22:00:00Z"));
    }

    @Test
    void aConfiguredDurationErasesThatLongAfterTheEnd() {
        RetentionPolicy policy = new RetentionPolicy(STOCKHOLM, Optional.of(Duration.ofHours(2)), Duration.ofDays(90));
        assertThat(policy.eraseAt(Instant.parse("2026-11-23T19:45:00Z"))).isEqualTo(Instant.parse("2026-11-23T21:45:00Z"));
    }

    @Test
    void aPreservedTranscriptIsKeptForTheConfiguredPeriod() {
        RetentionPolicy policy = new RetentionPolicy(STOCKHOLM, Optional.empty(), Duration.ofDays(90));
        assertThat(policy.preservedUntil(Instant.parse("2026-11-23T10:00:00Z")))
                .isEqualTo(Instant.parse("2027-02-21T10:00:00Z"));
    }
}
