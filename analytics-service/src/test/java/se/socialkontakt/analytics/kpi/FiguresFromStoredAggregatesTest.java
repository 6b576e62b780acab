package se.socialkontakt.analytics.kpi;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.test.junit.QuarkusTest;
import io.agroal.api.AgroalDataSource;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.aggregate.AggregateStore;
import se.socialkontakt.analytics.aggregate.Rebuild;
import se.socialkontakt.analytics.aggregate.RollUp;
import se.socialkontakt.analytics.event.EventStore;
import se.socialkontakt.events.EventEnvelope;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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

    @Inject
    RollUp rollUp;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void storedAggregatesGiveTheFiguresOfTheStoredEventsAndSoDoesARebuild() throws SQLException {
        Random random = new Random();
        long seed = random.nextLong();
        random.setSeed(seed);
        // A century or two ahead, so that no other test's events (now, or decades back) fall in these periods; not
        // centuries back, where Stockholm's local mean time has an offset in seconds that the drivers round.
        int yearsBack = -(100 + random.nextInt(100));
        // Around a DST change, and at the ends of a year and a month, so that periods read days, months and years.
        List<LocalDate> days = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 2),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31));
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
                    .map(EventStore.Received::new).toList());
        }

        List<Period> periods = new ArrayList<>();
        for (Period.Kind kind : Period.Kind.values()) {
            periods.add(Period.of(kind, days.get(0).minusYears(yearsBack)));
        }
        // Periods that mix the levels: months and edge days, a day and months, two whole years, all three.
        periods.add(Period.toDate(Period.Kind.YEAR, LocalDate.of(2026, 4, 3).minusYears(yearsBack)));
        periods.add(new Period(Period.Kind.MONTH, LocalDate.of(2026, 1, 31).minusYears(yearsBack),
                LocalDate.of(2026, 4, 1).minusYears(yearsBack)));
        periods.add(new Period(Period.Kind.YEAR, LocalDate.of(2025, 1, 1).minusYears(yearsBack),
                LocalDate.of(2027, 1, 1).minusYears(yearsBack)));
        periods.add(new Period(Period.Kind.YEAR, LocalDate.of(2025, 12, 31).minusYears(yearsBack),
                LocalDate.of(2026, 4, 3).minusYears(yearsBack)));
        List<Filters> filters = List.of(Filters.NONE, new Filters("PHONE", null, null, null),
                new Filters(null, "ADVICE", "ELDERLY", null), new Filters(null, null, null, "ELDERLY_CARE"));
        // The roll-up job does not run by itself in tests: the figures are read first with every change waiting for
        // it, then with all of them rolled up.
        assertFiguresMatchEvents(periods, filters, "changes not rolled up, seed " + seed);
        assertRollUpsAreTheSumsOfTheirDays(aggregates.servingGeneration());
        assertServingGenerationHoldsEveryStoredEvent();
        assertThat(rollUp.rollUp()).as("changes rolled up").isPositive();
        assertFiguresMatchEvents(periods, filters, "changes rolled up, seed " + seed);
        assertRollUpsAreTheSumsOfTheirDays(aggregates.servingGeneration());

        int before = aggregates.servingGeneration();
        Rebuild.Status started = rebuild.start("stored-aggregates-test");
        assertThat(started.state()).isEqualTo(Rebuild.State.BUILDING);
        await().atMost(Duration.ofSeconds(60)).until(() -> aggregates.servingGeneration() == started.generation());
        assertThat(started.generation()).isGreaterThan(before);
        assertFiguresMatchEvents(periods, filters, "after a rebuild, seed " + seed);
        assertRollUpsAreTheSumsOfTheirDays(started.generation());
        assertServingGenerationHoldsEveryStoredEvent();
        rollUp.rollUp();
        assertFiguresMatchEvents(periods, filters, "after a rebuild, rolled up, seed " + seed);
        assertRollUpsAreTheSumsOfTheirDays(started.generation());
    }

    /** The serving generation says it holds the archive up to its newest event (read in one snapshot). */
    private void assertServingGenerationHoldsEveryStoredEvent() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT (SELECT up_to_seq FROM aggregate_generation WHERE state = 'SERVING'),
                               (SELECT max(seq) FROM event)""");
                ResultSet row = select.executeQuery()) {
            row.next();
            assertThat(row.getLong(1)).as("the serving generation's up_to_seq").isEqualTo(row.getLong(2));
        }
    }

    /**
     * Every month and year roll-up row of the generation, with the changes of its days that wait for the roll-up job,
     * is the sum of its days' rows, and no sum is missing (one statement: one snapshot, whatever is stored meanwhile).
     */
    private void assertRollUpsAreTheSumsOfTheirDays(int generation) throws SQLException {
        String sumsOfDays = """
                SELECT level, CAST(date_trunc(lower(level), day) AS date) AS start, measure, channel, category,
                       target_group, unit, item, bucket, sum(n) AS n
                FROM aggregate CROSS JOIN (VALUES ('MONTH'), ('YEAR')) AS levels(level)
                WHERE generation = ? GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(n) <> 0""";
        String rollUps = """
                SELECT level, start, measure, channel, category, target_group, unit, item, bucket, sum(n) AS n
                FROM (SELECT level, start, measure, channel, category, target_group, unit, item, bucket, n
                      FROM aggregate_rollup WHERE generation = ?
                      UNION ALL
                      SELECT level, CAST(date_trunc(lower(level), day) AS date), measure, channel, category,
                             target_group, unit, item, bucket, n
                      FROM aggregate_change CROSS JOIN (VALUES ('MONTH'), ('YEAR')) AS levels(level)
                      WHERE generation = ?) AS rolled_up
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9 HAVING sum(n) <> 0""";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement differences = connection.prepareStatement("SELECT (SELECT count(*) FROM ("
                        + sumsOfDays + " EXCEPT ALL " + rollUps + ") missing), (SELECT count(*) FROM (" + rollUps
                        + " EXCEPT ALL " + sumsOfDays + ") extra), (SELECT count(*) FROM (" + rollUps + ") all_rows)")) {
            for (int parameter = 1; parameter <= 8; parameter++) {
                differences.setInt(parameter, generation);
            }
            try (ResultSet row = differences.executeQuery()) {
                row.next();
                assertThat(row.getLong(1)).as("day sums missing from the roll-ups").isZero();
                assertThat(row.getLong(2)).as("roll-up rows that are no sum of days").isZero();
                assertThat(row.getLong(3)).as("roll-up rows").isPositive();
            }
        }
    }

    private void assertFiguresMatchEvents(List<Period> periods, List<Filters> filters, String description) {
        int generation = aggregates.servingGeneration();
        for (Period period : periods) {
            for (Filters filter : filters) {
                Map<String, Figure.Raw> fromAggregates = FiguresFromAggregatesPropertyTest.byKey(FigureReader.compute(
                        aggregates.totals(generation, period.start(), period.endExclusive(),
                                FigureReader.query(filter)), filter));
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
