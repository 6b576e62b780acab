package se.socialkontakt.analytics.kpi;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudevents.CloudEvent;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import se.socialkontakt.analytics.aggregate.CaseDimensions;
import se.socialkontakt.analytics.aggregate.Cell;
import se.socialkontakt.analytics.aggregate.Deltas;
import se.socialkontakt.analytics.aggregate.Projection;
import se.socialkontakt.analytics.aggregate.Projector;
import se.socialkontakt.analytics.aggregate.StoredEvent;
import se.socialkontakt.analytics.aggregate.TotalsQuery;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.EventEnvelope;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * Random event sets, delivered as a consumer sees them (in batches, out of order, some twice, some follow-ups before
 * their case's "opened" event, some late for an old period), around midnights, the two DST changes and Swedish
 * holidays: every figure read from the day aggregates equals the same figure computed from the stored events
 * themselves ({@link FigureCalculator}), for random periods and filters; medians and 90th percentiles within the
 * histogram's documented 0.5 %. A rebuild of the archive in chunks gives the very same cells as the ingest.
 */
class FiguresFromAggregatesPropertyTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final URI SOURCE = URI.create("/socialkontakt/aggregate-properties");
    /** Midnights of DST changes, holidays, a leap day and year ends, each with the day before and after. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 3, 29), LocalDate.of(2026, 10, 25),
            LocalDate.of(2025, 3, 30), LocalDate.of(2025, 10, 26), LocalDate.of(2026, 6, 19), LocalDate.of(2026, 12, 24),
            LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2024, 2, 29), LocalDate.of(2025, 6, 20));

    @Property(tries = 150)
    void everyFigureFromTheAggregatesEqualsTheFigureFromTheEvents(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int batchSize, @ForAll("periods") Period period,
            @ForAll("filters") Filters filters) {
        Random random = new Random(seed);
        List<RandomEvents.Generated> events = RandomEvents.events(random, DAYS, 0);
        Archive archive = new Archive();
        deliver(events, batchSize, random, archive);

        Map<String, Figure.Raw> fromAggregates = byKey(FigureReader.compute(archive.totals(period,
                FigureReader.query(filters)), filters));
        Map<String, Figure.Raw> fromEvents = byKey(fromEvents(archive, period, filters));
        assertSameFigures(fromAggregates, fromEvents);
    }

    @Property(tries = 100)
    void aRebuildInChunksGivesTheSameCellsAsTheIngest(@ForAll long seed,
            @ForAll @IntRange(min = 1, max = 60) int batchSize, @ForAll @IntRange(min = 1, max = 200) int chunkSize) {
        Random random = new Random(seed);
        Archive archive = new Archive();
        deliver(RandomEvents.events(random, DAYS, 0), batchSize, random, archive);
        assertThat(archive.rebuilt(chunkSize)).isEqualTo(archive.cells());
    }

    @Provide
    Arbitrary<Period> periods() {
        return Arbitraries.of(Period.Kind.values()).flatMap(kind -> Arbitraries.of(DAYS)
                .flatMap(day -> Arbitraries.integers().between(-1, 1).map(shift -> Period.of(kind, day.plusDays(shift)))));
    }

    @Provide
    Arbitrary<Filters> filters() {
        Arbitrary<String> channel = Arbitraries.of("PHONE", "EMAIL", "CHAT").injectNull(0.6);
        Arbitrary<String> category = Arbitraries.of(RandomEvents.CATEGORIES).injectNull(0.6);
        Arbitrary<String> targetGroup = Arbitraries.of(RandomEvents.TARGET_GROUPS).injectNull(0.7);
        Arbitrary<String> unit = Arbitraries.of(RandomEvents.UNITS).injectNull(0.6);
        return Combinators.combine(channel, category, targetGroup, unit).as(Filters::new);
    }

    /**
     * Delivers the events as a consumer sees them: shuffled (so a follow-up may come before its case's "opened"
     * event, and late events after newer ones), in batches, with about one in five delivered twice.
     */
    private static void deliver(List<RandomEvents.Generated> events, int batchSize, Random random, Archive archive) {
        List<RandomEvents.Generated> deliveries = new ArrayList<>(events);
        for (RandomEvents.Generated event : events) {
            if (random.nextInt(5) == 0) {
                deliveries.add(event);
            }
        }
        Collections.shuffle(deliveries, random);
        for (int from = 0; from < deliveries.size(); from += batchSize) {
            archive.store(deliveries.subList(from, Math.min(deliveries.size(), from + batchSize)));
        }
    }

    /**
     * The event table and the serving aggregates, in memory, stored exactly as EventStore stores them: each batch's
     * new events take the next places in the storage order (by id, as its insert does) and are applied through the
     * Projector in the same step; the directory of cases keeps each case's first "opened" event.
     */
    private static final class Archive {
        private final Map<String, StoredEvent> byId = new LinkedHashMap<>();
        private final Map<String, Projector.OpenedCase> cases = new HashMap<>();
        private final Map<Deltas.DayCell, Long> cells = new HashMap<>();
        private long seq;

        void store(List<RandomEvents.Generated> batch) {
            TreeMap<String, RandomEvents.Generated> newOnes = new TreeMap<>();
            batch.stream().filter(g -> !byId.containsKey(g.id())).forEach(g -> newOnes.putIfAbsent(g.id(), g));
            List<StoredEvent> stored = new ArrayList<>();
            for (RandomEvents.Generated g : newOnes.values()) {
                StoredEvent event = new StoredEvent(++seq, g.id(), g.type(), g.subject(), g.at(), g.data());
                byId.put(event.id(), event);
                stored.add(event);
                if (g.data() instanceof ContactCaseOpened opened) {
                    cases.putIfAbsent(g.subject(), new Projector.OpenedCase(event.seq(),
                            CaseDimensions.of(opened)));
                }
            }
            apply(stored, cells);
        }

        private void apply(List<StoredEvent> events, Map<Deltas.DayCell, Long> into) {
            Map<String, List<StoredEvent>> followUps = byId.values().stream()
                    .filter(e -> Projection.isCaseFollowUp(e.data()))
                    .sorted(Comparator.comparingLong(StoredEvent::seq))
                    .collect(Collectors.groupingBy(StoredEvent::subject));
            Projector.project(events, cases, followUps, ZONE)
                    .forEach((cell, n) -> into.merge(cell, n, Long::sum));
            into.values().removeIf(n -> n == 0);
        }

        Map<Deltas.DayCell, Long> cells() {
            return cells;
        }

        Map<Deltas.DayCell, Long> rebuilt(int chunkSize) {
            List<StoredEvent> inOrder = byId.values().stream()
                    .sorted(Comparator.comparingLong(StoredEvent::seq)).toList();
            Map<Deltas.DayCell, Long> rebuilt = new HashMap<>();
            for (int from = 0; from < inOrder.size(); from += chunkSize) {
                apply(inOrder.subList(from, Math.min(inOrder.size(), from + chunkSize)), rebuilt);
            }
            return rebuilt;
        }

        /** The period's cells as the query reads them, which is what the store's SQL does. */
        Map<Cell, Long> totals(Period period, TotalsQuery query) {
            Map<Cell, Long> totals = new HashMap<>();
            cells.forEach((dayCell, n) -> {
                if (!dayCell.day().isBefore(period.start()) && dayCell.day().isBefore(period.endExclusive())) {
                    query.read(dayCell.cell()).ifPresent(cell -> totals.merge(cell, n, Long::sum));
                }
            });
            totals.values().removeIf(n -> n == 0);
            return totals;
        }

        List<StoredEvent> events() {
            return List.copyOf(byId.values());
        }
    }

    /** The reference: the figures computed from the stored events of the period, each follow-up joined to its case. */
    private static List<Figure.Raw> fromEvents(Archive archive, Period period, Filters filters) {
        Instant from = period.from(ZONE);
        Instant until = period.until(ZONE);
        Map<String, StoredEvent> firstOpened = new HashMap<>();
        archive.events().stream().filter(e -> e.data() instanceof ContactCaseOpened)
                .sorted(Comparator.comparingLong(StoredEvent::seq))
                .forEach(e -> firstOpened.putIfAbsent(e.subject(), e));
        List<Fact> facts = new ArrayList<>();
        long unknown = 0;
        for (StoredEvent event : archive.events()) {
            if (event.occurredAt().isBefore(from) || !event.occurredAt().isBefore(until)) {
                continue;
            }
            if (event.data() == null) {
                unknown++;
                continue;
            }
            StoredEvent opened = event.type().startsWith("se.socialkontakt.contact.case.")
                    && !(event.data() instanceof ContactCaseOpened) ? firstOpened.get(event.subject()) : null;
            facts.add(new Fact(event.type(), event.occurredAt(), json(event),
                    opened == null ? null : json(opened)));
        }
        List<Figure.Raw> figures = new ArrayList<>(FigureCalculator.compute(facts, filters));
        figures.add(new Figure.Raw("events.unknownTypes", unknown, unknown));
        return figures;
    }

    private static JsonNode json(StoredEvent event) {
        CloudEvent envelope = EventEnvelope.wrap(SOURCE, event.data(), event.occurredAt(), event.id());
        return EventEnvelope.dataAsJson(envelope);
    }

    /** Every figure the same, medians and 90th percentiles within the histogram's 0.5 %. */
    static void assertSameFigures(Map<String, Figure.Raw> fromAggregates, Map<String, Figure.Raw> fromEvents) {
        assertThat(fromAggregates.keySet()).isEqualTo(fromEvents.keySet());
        fromEvents.forEach((key, expected) -> {
            Figure.Raw actual = fromAggregates.get(key);
            assertThat(actual.basis()).as(key + " basis").isEqualTo(expected.basis());
            if (key.endsWith(".median") || key.endsWith(".p90")) {
                assertThat(actual.value()).as(key).isCloseTo(expected.value(),
                        offset(Math.abs(expected.value()) * 0.005 + 1e-9));
            } else {
                assertThat(actual.value()).as(key).isCloseTo(expected.value(),
                        offset(1e-9));
            }
        });
    }

    static Map<String, Figure.Raw> byKey(List<Figure.Raw> figures) {
        return figures.stream().collect(Collectors.toMap(Figure.Raw::key, Function.identity()));
    }
}
