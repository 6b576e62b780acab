package se.socialkontakt.analytics.kpi;

import io.agroal.api.AgroalDataSource;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.event.EventStore;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.EventEnvelope;

import java.net.URI;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A view's figures are computed once per newest stored event: asked again they come from the cache, until news. */
@QuarkusTest
class FigureCacheTest {
    /** A day of its own in the past, so events of other tests never mix in. */
    private final LocalDate day = LocalDate.of(1970, 1, 1).plusDays(new Random().nextInt(3000));

    @Inject
    FigureService figures;

    @Inject
    @CacheName("figures")
    Cache cache;

    @Inject
    EventStore store;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theSameViewIsComputedOnceAndAgainWhenAnEventArrives() throws Exception {
        Period period = Period.of(Period.Kind.DAY, day);
        for (int i = 0; i < 5; i++) {
            storeRequest();
        }
        List<Figure> first = figures.figures(period, Filters.NONE);
        assertThat(valueOf(first, "chat.queued")).isEqualTo(5);
        int cached = keys();

        assertThat(figures.figures(period, Filters.NONE)).isSameAs(first);
        assertThat(keys()).isEqualTo(cached);

        storeRequest();
        List<Figure> afterNews = figures.figures(period, Filters.NONE);
        assertThat(valueOf(afterNews, "chat.queued")).isEqualTo(6);
        assertThat(keys()).isEqualTo(cached + 1);
    }

    @Test
    void aBatchStampedBeforeOneThatCommittedFirstIsNotLeftOutOfTheView() throws Exception {
        Period period = Period.of(Period.Kind.DAY, day);
        for (int i = 0; i < 5; i++) {
            storeRequest();
        }
        assertThat(valueOf(figures.figures(period, Filters.NONE), "chat.queued")).isEqualTo(5);
        // Two ingest batches stamp their receipt before they queue for the aggregate lock: the one that committed
        // first may carry the later stamp. Here it is an event of an unknown type that counts in no figure.
        try (Connection connection = dataSource.getConnection(); Statement insert = connection.createStatement()) {
            insert.executeUpdate("""
                    INSERT INTO event (id, type, source, subject, occurred_at, received_at, data, known)
                    VALUES ('%s', 'se.socialkontakt.test.stamped-later', '/figure-cache-test', '', now(),
                            now() + interval '1 second', '{}', false)""".formatted(UUID.randomUUID()));
        }
        figures.figures(period, Filters.NONE);

        storeRequest();
        assertThat(valueOf(figures.figures(period, Filters.NONE), "chat.queued")).isEqualTo(6);
    }

    private int keys() {
        return cache.as(CaffeineCache.class).keySet().size();
    }

    private static double valueOf(List<Figure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private void storeRequest() throws Exception {
        ChatConversationRequested request = new ChatConversationRequested(UUID.randomUUID(),
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), ChatConversationRequested.AgeBand.AGE_13_15, null);
        store.store(List.of(new EventStore.Received(EventEnvelope.wrap(URI.create("/socialkontakt/figure-cache-test"),
                request, Clock.fixed(request.requestedAt(), ZoneOffset.UTC)))));
    }
}
