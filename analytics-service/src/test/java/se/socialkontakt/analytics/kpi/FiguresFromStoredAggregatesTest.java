package se.socialkontakt.analytics.kpi;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.aggregate.AggregateStore;
import se.socialkontakt.analytics.aggregate.Rebuild;
import se.socialkontakt.analytics.event.EventStore;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The same comparison as {@link FiguresFromAggregatesPropertyTest}, through the real EventStore and PostgreSQL: random
 * events stored in shuffled batches with duplicates give, for every period and some filters, the figures that the
 * stored events themselves give; and a rebuild of the archive into a new generation, switched in while the old one
 * served, gives them again.
 */
@QuarkusTest
class FiguresFromStoredAggregatesTest {
    private static final URI SOURCE = URI.create("/socialkontakt/stored-aggregates-test");

    @Inject
    EventStore store;

    @Inject
    AggregateStore aggregates;

    @Inject
    FactLoader facts;

    @Inject
    Rebuild rebuild;

    @Test
    void storedAggregatesGiveTheFiguresOfTheStoredEventsAndSoDoesARebuild() throws SQLException {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        // A century or two ahead, so that no other test's events (now, or decades back) fall in these periods; not
        // centuries back, where Stockholm's local mean time has an offset in seconds that the drivers round.
        int yearsBack = -(100 + random.nextInt(100));
        List<LocalDate> days = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 2));
        List<CloudEvent> deliveries = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (RandomEvents.Generated generated : RandomEvents.events(random, days, yearsBack)) {
                deliveries.add(cloudEvent(generated));
                if (random.nextInt(5) == 0) {
                    deliveries.add(cloudEvent(generated));
                }
            }
        }
        Collections.shuffle(deliveries, random);
        for (int from = 0; from < deliveries.size(); from += 37) {
            store.store(deliveries.subList(from, Math.min(deliveries.size(), from + 37)).stream()
                    .map(e -> new EventStore.Received(e, EventType.fromType(e.getType()).isPresent())).toList());
        }

        List<Period> periods = new ArrayList<>();
        for (Period.Kind kind : Period.Kind.values()) {
            periods.add(Period.of(kind, days.get(0).minusYears(yearsBack)));
        }
        List<Filters> filters = List.of(Filters.NONE, new Filters("PHONE", null, null, null),
                new Filters(null, "ADVICE", "ELDERLY", null), new Filters(null, null, null, "ELDERLY_CARE"));
        assertFiguresMatchEvents(periods, filters, "seed " + seed);

        int before = aggregates.servingGeneration();
        Rebuild.Status started = rebuild.start("stored-aggregates-test");
        assertThat(started.state()).isEqualTo(Rebuild.State.BUILDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> aggregates.servingGeneration() == started.generation());
        assertThat(started.generation()).isGreaterThan(before);
        assertFiguresMatchEvents(periods, filters, "after a rebuild, seed " + seed);
    }

    private void assertFiguresMatchEvents(List<Period> periods, List<Filters> filters, String description) {
        int generation = aggregates.servingGeneration();
        for (Period period : periods) {
            for (Filters filter : filters) {
                Map<String, Figure.Raw> fromAggregates = FiguresFromAggregatesPropertyTest.byKey(FigureReader.compute(
                        aggregates.totals(generation, period.start(), period.endExclusive()), filter));
                List<Figure.Raw> expected = new ArrayList<>(FigureCalculator.compute(
                        facts.facts(period, RandomEvents.ZONE), facts.viewsPerArticle(period, RandomEvents.ZONE),
                        filter));
                long unknown = facts.unknown(period, RandomEvents.ZONE);
                expected.add(new Figure.Raw("events.unknownTypes", unknown, unknown));
                FiguresFromAggregatesPropertyTest.assertSameFigures(fromAggregates,
                        FiguresFromAggregatesPropertyTest.byKey(expected));
            }
        }
    }

    private static CloudEvent cloudEvent(RandomEvents.Generated generated) {
        if (generated.data() == null) {
            return CloudEventBuilder.v1().withId(generated.id()).withSource(SOURCE).withType(generated.type())
                    .withSubject(generated.subject()).withTime(generated.at().atOffset(java.time.ZoneOffset.UTC))
                    .withDataContentType("application/json")
                    .withData("{\"what\":\"new\"}".getBytes(StandardCharsets.UTF_8)).build();
        }
        return EventEnvelope.wrap(SOURCE, generated.data(), generated.at(), generated.id());
    }
}
