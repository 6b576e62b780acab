package se.socialkontakt.analytics.kpi;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

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
    EntityManager entityManager;

    @Test
    void theSameViewIsComputedOnceAndAgainWhenAnEventArrives() {
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

    private int keys() {
        return cache.as(CaffeineCache.class).keySet().size();
    }

    private static double valueOf(List<Figure> figures, String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst().orElseThrow().value();
    }

    private void storeRequest() {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO event (id, type, source, subject, occurred_at, received_at, data)
                VALUES (?1, 'se.socialkontakt.chat.conversation.requested.v1', '/socialkontakt/figure-cache-test', ?2,
                        ?3, clock_timestamp(), CAST('{"ageBand":"AGE_13_15"}' AS jsonb))""")
                .setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, UUID.randomUUID().toString())
                .setParameter(3, day.atTime(12, 0).atOffset(ZoneOffset.UTC))
                .executeUpdate());
    }
}
