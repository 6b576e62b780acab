package se.socialkontakt.analytics.kpi;

import se.socialkontakt.analytics.aggregate.Cell;
import se.socialkontakt.analytics.aggregate.Dimension;
import se.socialkontakt.analytics.aggregate.Histogram;
import se.socialkontakt.analytics.aggregate.Measure;
import se.socialkontakt.analytics.aggregate.TotalsQuery;
import se.socialkontakt.events.EventType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Computes the follow-up figures of a period from its aggregate cells, summed over its days. Pure. The definitions are
 * those of docs/figures.md: counts, breakdowns with their shares, shares of a condition, and medians and 90th
 * percentiles read from the cells' histograms (exact up to 1,000, within 0.5 % above; see {@link Histogram}). Which
 * measures a filter narrows and which dimensions a breakdown shows are said once, below, and read both by the figures
 * and by the query that fetches their cells ({@link #query}).
 */
public final class FigureReader {
    private static final int TOP_ARTICLES = 5;
    /** The measures of contact cases, which the case's channel, category and target group narrow. */
    private static final Set<Measure> BY_CASE = EnumSet.of(Measure.CONTACT_OPENED, Measure.CONTACT_FIRST_RESPONSE,
            Measure.CONTACT_FIRST_RESPONSE_WITHIN_1_DAY, Measure.CONTACT_FIRST_RESPONSE_WITHIN_2_DAYS,
            Measure.CONTACT_RESOLVED, Measure.CONTACT_ROUTED, Measure.CONTACT_SLA_BREACHED);
    /** The measures a unit narrows: what the unit handled (resolutions, routings, broken promises) and its feedback. */
    private static final Set<Measure> BY_UNIT = EnumSet.of(Measure.CONTACT_RESOLVED, Measure.CONTACT_ROUTED,
            Measure.CONTACT_SLA_BREACHED, Measure.FEEDBACK_RECEIVED, Measure.FEEDBACK_ACKNOWLEDGED,
            Measure.FEEDBACK_ANSWERED);
    /** The dimensions the breakdowns below show, per measure. */
    private static final Map<Dimension, Set<Measure>> BROKEN_DOWN = Map.of(
            Dimension.CHANNEL, EnumSet.of(Measure.CONTACT_OPENED),
            Dimension.CATEGORY, EnumSet.of(Measure.CONTACT_OPENED),
            Dimension.TARGET_GROUP, EnumSet.of(Measure.CONTACT_OPENED),
            Dimension.UNIT, EnumSet.of(Measure.CONTACT_ROUTED, Measure.FEEDBACK_RECEIVED));

    private final Map<Cell, Long> totals;
    private final Filters filters;
    private final List<Figure.Raw> out = new ArrayList<>();

    private FigureReader(Map<Cell, Long> totals, Filters filters) {
        this.totals = totals;
        this.filters = filters;
    }

    /**
     * What the figures under these filters need of the cells: the measures they read (one of the two first-response
     * histograms), the cells the filters let through, each dimension kept apart where a breakdown shows it or a filter
     * narrows by it, and summed over everywhere else.
     */
    public static TotalsQuery query(Filters filters) {
        Set<Measure> read = EnumSet.allOf(Measure.class);
        read.remove(firstResponseMeasure(filters) == Measure.CONTACT_FIRST_RESPONSE
                ? Measure.CONTACT_FIRST_RESPONSE_ALL_CASES : Measure.CONTACT_FIRST_RESPONSE);
        List<TotalsQuery.Narrowing> narrowings = new ArrayList<>();
        Set<Dimension> filtered = EnumSet.noneOf(Dimension.class);
        narrow(narrowings, filtered, Dimension.CHANNEL, filters.channel(), BY_CASE);
        narrow(narrowings, filtered, Dimension.CATEGORY, filters.category(), BY_CASE);
        narrow(narrowings, filtered, Dimension.TARGET_GROUP, filters.targetGroup(), BY_CASE);
        narrow(narrowings, filtered, Dimension.UNIT, filters.unit(), BY_UNIT);
        Map<Dimension, Set<Measure>> kept = new EnumMap<>(BROKEN_DOWN);
        kept.putAll(TotalsQuery.everywhere(filtered));
        return new TotalsQuery(read, narrowings, kept);
    }

    /** The first responses by case, when a case dimension narrows the view; otherwise their histogram of all cases. */
    private static Measure firstResponseMeasure(Filters filters) {
        return filters.channel() == null && filters.category() == null && filters.targetGroup() == null
                ? Measure.CONTACT_FIRST_RESPONSE_ALL_CASES : Measure.CONTACT_FIRST_RESPONSE;
    }

    private static void narrow(List<TotalsQuery.Narrowing> narrowings, Set<Dimension> filtered, Dimension dimension,
            String value, Set<Measure> measures) {
        if (value != null) {
            narrowings.add(new TotalsQuery.Narrowing(dimension, value, measures));
            filtered.add(dimension);
        }
    }

    public static List<Figure.Raw> compute(Map<Cell, Long> totals, Filters filters) {
        FigureReader reader = new FigureReader(totals, filters);
        reader.contacts();
        reader.chat();
        reader.housing();
        reader.feedback();
        reader.faq();
        reader.unknownTypes();
        return reader.out;
    }

    private void contacts() {
        long opened = sum(Measure.CONTACT_OPENED);
        count("contacts.total", opened);
        breakdown("contacts.channel", Measure.CONTACT_OPENED, Cell::channel);
        breakdown("contacts.category", Measure.CONTACT_OPENED, Cell::category);
        breakdown("contacts.targetGroup", Measure.CONTACT_OPENED, Cell::targetGroup);

        NavigableMap<Integer, Long> firstResponse = histogram(firstResponseMeasure(filters));
        distribution("contacts.firstResponse.workingMinutes", firstResponse);
        long responses = Histogram.count(firstResponse);
        share("contacts.answeredWithin1WorkingDay", sum(Measure.CONTACT_FIRST_RESPONSE_WITHIN_1_DAY), responses);
        share("contacts.answeredWithin2WorkingDays", sum(Measure.CONTACT_FIRST_RESPONSE_WITHIN_2_DAYS),
                responses);

        long resolved = sum(Measure.CONTACT_RESOLVED);
        count("contacts.resolved", resolved);
        share("contacts.resolvedAtFirstContact", sumOfItem(Measure.CONTACT_RESOLVED, "true"), resolved);
        count("contacts.routed", sum(Measure.CONTACT_ROUTED));
        breakdown("contacts.routedTo", Measure.CONTACT_ROUTED, Cell::unit);
        count("contacts.slaBreaches", sum(Measure.CONTACT_SLA_BREACHED));
    }

    private void chat() {
        count("chat.queued", sum(Measure.CHAT_REQUESTED));
        NavigableMap<Integer, Long> waits = histogram(Measure.CHAT_STARTED);
        count("chat.answered", Histogram.count(waits));
        count("chat.abandoned", sum(Measure.CHAT_ABANDONED));
        distribution("chat.wait.seconds", waits);
        distribution("chat.duration.seconds", histogram(Measure.CHAT_ENDED));
        breakdown("chat.ageBand", Measure.CHAT_REQUESTED, Cell::item);
        perItem(Measure.CHAT_TOPIC).forEach((topic, n) -> count("chat.topic." + topic, n));
        shareOfItem("chat.helped", Measure.CHAT_RATED, "true");
    }

    private void housing() {
        count("housing.started", sum(Measure.HOUSING_STARTED));
        count("housing.submitted", sum(Measure.HOUSING_SUBMITTED));
        shareOfItem("housing.digitalShare", Measure.HOUSING_SUBMITTED, "DIGITAL");
        distribution("housing.decision.workingDays", histogram(Measure.HOUSING_DECISION));
        breakdown("housing.outcome", Measure.HOUSING_DECISION, Cell::item);
        count("housing.appeals", sum(Measure.HOUSING_APPEAL));
    }

    private void feedback() {
        count("feedback.received", sum(Measure.FEEDBACK_RECEIVED));
        breakdown("feedback.kind", Measure.FEEDBACK_RECEIVED, Cell::item);
        breakdown("feedback.unit", Measure.FEEDBACK_RECEIVED, Cell::unit);
        shareOfItem("feedback.acknowledgedWithin2WorkingDays", Measure.FEEDBACK_ACKNOWLEDGED, "true");
        shareOfItem("feedback.answeredWithin10WorkingDays", Measure.FEEDBACK_ANSWERED, "true");
    }

    private void faq() {
        Map<String, Long> viewsPerArticle = perItem(Measure.FAQ_VIEWED);
        long views = viewsPerArticle.values().stream().mapToLong(Long::longValue).sum();
        count("faq.views", views);
        shareOfItem("faq.helpful", Measure.FAQ_VOTED, "true");
        viewsPerArticle.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ARTICLES).forEach(e -> count("faq.article." + e.getKey(), e.getValue()));
        long contacts = sum(Measure.CONTACT_OPENED);
        if (views > 0) {
            // Computed from both counts: shown only when each is at least the suppression limit.
            out.add(new Figure.Raw("faq.contactsPer1000Views", contacts * 1000.0 / views, Math.min(contacts, views)));
        }
    }

    /** Events of types this build does not know: kept and counted, never lost. */
    private void unknownTypes() {
        count("events.unknownTypes", sumWhere(Measure.EVENT, cell -> EventType.fromType(cell.item()).isEmpty()));
    }

    /** Whether a cell is in the view: the filters narrow the measures they apply to and leave the others whole. */
    private boolean inView(Cell cell) {
        return (!BY_CASE.contains(cell.measure()) || filters.caseMatches(cell))
                && (!BY_UNIT.contains(cell.measure()) || filters.unitMatches(cell.unit()));
    }

    private long sum(Measure measure) {
        return sumWhere(measure, cell -> true);
    }

    private long sumOfItem(Measure measure, String item) {
        return sumWhere(measure, cell -> cell.item().equals(item));
    }

    /** The count of the measure's cells in the view that also pass {@code condition}. */
    private long sumWhere(Measure measure, Predicate<Cell> condition) {
        long n = 0;
        for (Map.Entry<Cell, Long> entry : totals.entrySet()) {
            if (entry.getKey().measure() == measure && inView(entry.getKey()) && condition.test(entry.getKey())) {
                n += entry.getValue();
            }
        }
        return n;
    }

    private Map<String, Long> perItem(Measure measure) {
        return per(measure, Cell::item);
    }

    /** Counts per value of a dimension; cells where it is unknown count in no value. */
    private Map<String, Long> per(Measure measure, Function<Cell, String> dimension) {
        Map<String, Long> counts = new TreeMap<>();
        totals.forEach((cell, n) -> {
            if (cell.measure() == measure && inView(cell) && !dimension.apply(cell).isEmpty()) {
                counts.merge(dimension.apply(cell), n, Long::sum);
            }
        });
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    private NavigableMap<Integer, Long> histogram(Measure measure) {
        NavigableMap<Integer, Long> counts = new TreeMap<>();
        totals.forEach((cell, n) -> {
            if (cell.measure() == measure && inView(cell)) {
                counts.merge(cell.bucket(), n, Long::sum);
            }
        });
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    private void count(String key, long n) {
        out.add(new Figure.Raw(key, n, n));
    }

    /** Each value's count and its share of all, those whose value is unknown included. */
    private void breakdown(String prefix, Measure measure, Function<Cell, String> dimension) {
        long all = sum(measure);
        per(measure, dimension).forEach((value, n) -> {
            count(prefix + "." + value, n);
            out.add(new Figure.Raw(prefix + "." + value + ".share", 100.0 * n / all, n));
        });
    }

    private void distribution(String key, NavigableMap<Integer, Long> histogram) {
        long n = Histogram.count(histogram);
        if (n > 0) {
            out.add(new Figure.Raw(key + ".median", Histogram.median(histogram), n));
            out.add(new Figure.Raw(key + ".p90", Histogram.p90(histogram), n));
        }
    }

    /** A percentage computed from all the values it is a share of. */
    private void share(String key, long met, long of) {
        if (of > 0) {
            out.add(new Figure.Raw(key + ".share", 100.0 * met / of, of));
        }
    }

    private void shareOfItem(String key, Measure measure, String item) {
        share(key, sumOfItem(measure, item), sum(measure));
    }
}
