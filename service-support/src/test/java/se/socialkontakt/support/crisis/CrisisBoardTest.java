package se.socialkontakt.support.crisis;

import org.junit.jupiter.api.Test;
import se.socialkontakt.events.CrisisMessagePublished;
import se.socialkontakt.events.CrisisMessageWithdrawn;
import se.socialkontakt.events.EventEnvelope;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class CrisisBoardTest {
    private static final URI SOURCE = URI.create("/socialkontakt/test");
    private static final Instant NOON = Instant.parse("2026-11-23T11:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(NOON);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final CrisisBoard board = new CrisisBoard(clock);

    @Test
    void aMessageShowsWhileValidAndGoesWhenWithdrawnOrExpired() {
        UUID water = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        board.apply(EventEnvelope.wrap(SOURCE, new CrisisMessagePublished(water, NOON, NOON.minusSeconds(60),
                NOON.plusSeconds(3600), "Vattenläcka i stadshuset", "Water leak in the city hall"), clock));
        board.apply(EventEnvelope.wrap(SOURCE, new CrisisMessagePublished(later, NOON, NOON.plusSeconds(600),
                NOON.plusSeconds(7200), "Senare", null), clock));

        assertThat(board.showing()).extracting(CrisisBoard.Notice::id).containsExactly(water);
        now.set(NOON.plusSeconds(900));
        assertThat(board.showing()).extracting(CrisisBoard.Notice::id).containsExactly(later, water);

        board.apply(EventEnvelope.wrap(SOURCE, new CrisisMessageWithdrawn(later, now.get()), clock));
        assertThat(board.showing()).extracting(CrisisBoard.Notice::id).containsExactly(water);
        now.set(NOON.plusSeconds(3600));
        assertThat(board.showing()).isEmpty();
    }

    @Test
    void aBrokenRecordIsSkipped() {
        board.receive("{not an event");
        assertThat(board.showing()).isEmpty();
    }
}
