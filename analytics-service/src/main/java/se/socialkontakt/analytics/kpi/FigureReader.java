package se.socialkontakt.analytics.kpi;

import se.socialkontakt.analytics.aggregate.Cell;
import se.socialkontakt.analytics.aggregate.Histogram;
import se.socialkontakt.analytics.aggregate.Measure;
import se.socialkontakt.events.EventType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Computes the follow-up figures of a period from its aggregate cells, summed over its days. Pure. The definitions are
 * those of docs/figures.md: counts, breakdowns with their shares, shares of a condition, and medians and 90th
 * percentiles read from the cells' histograms (exact up to 1,000, within 0.5 % above; see {@link Histogram}).
 */
public final class FigureReader {
    private static final int TOP_ARTICLES = 5;

    private final Map<Cell, Long> totals;
    private final Filters filters;
    private final List<Figure.Raw> out = new ArrayList<>();

    private FigureReader(Map<Cell, Long> totals, Filters filters) {
        this.totals = totals;
        this.filters = filters;
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
        Predicate<Cell> ofCase = filters::caseMatches;
        Predicate<Cell> ofCaseAndUnit = cell -> filters.caseMatches(cell) && filters.unitMatches(cell.unit());
        long opened = sum(Measure.CONTACT_OPENED, ofCase);
        count("contacts.total", opened);
        breakdown("contacts.channel", Measure.CONTACT_OPENED, ofCase, Cell::channel);
        breakdown("contacts.category", Measure.CONTACT_OPENED, ofCase, Cell::category);
        breakdown("contacts.targetGroup", Measure.CONTACT_OPENED, ofCase, Cell::targetGroup);

        NavigableMap<Integer, Long> firstResponse = histogram(Measure.CONTACT_FIRST_RESPONSE, ofCase);
        distribution("contacts.firstResponse.workingMinutes", firstResponse);
        long responses = Histogram.count(firstResponse);
        share("contacts.answeredWithin1WorkingDay", sum(Measure.CONTACT_FIRST_RESPONSE_WITHIN_1_DAY, ofCase), responses);
        share("contacts.answeredWithin2WorkingDays", sum(Measure.CONTACT_FIRST_RESPONSE_WITHIN_2_DAYS, ofCase),
                responses);

        long resolved = sum(Measure.CONTACT_RESOLVED, ofCaseAndUnit);
        count("contacts.resolved", resolved);
        share("contacts.resolvedAtFirstContact",
                sum(Measure.CONTACT_RESOLVED, ofCaseAndUnit.and(cell -> cell.item().equals("true"))), resolved);
        count("contacts.routed", sum(Measure.CONTACT_ROUTED, ofCaseAndUnit));
        breakdown("contacts.routedTo", Measure.CONTACT_ROUTED, ofCaseAndUnit, Cell::unit);
        count("contacts.slaBreaches", sum(Measure.CONTACT_SLA_BREACHED, ofCaseAndUnit));
    }

    private void chat() {
        count("chat.queued", sum(Measure.CHAT_REQUESTED, all()));
        NavigableMap<Integer, Long> waits = histogram(Measure.CHAT_STARTED, all());
        count("chat.answered", Histogram.count(waits));
        count("chat.abandoned", sum(Measure.CHAT_ABANDONED, all()));
        distribution("chat.wait.seconds", waits);
        distribution("chat.duration.seconds", histogram(Measure.CHAT_ENDED, all()));
        breakdown("chat.ageBand", Measure.CHAT_REQUESTED, all(), Cell::item);
        perItem(Measure.CHAT_TOPIC, all()).forEach((topic, n) -> count("chat.topic." + topic, n));
        shareOfItem("chat.helped", Measure.CHAT_RATED, all(), "true");
    }

    private void housing() {
        count("housing.started", sum(Measure.HOUSING_STARTED, all()));
        count("housing.submitted", sum(Measure.HOUSING_SUBMITTED, all()));
        shareOfItem("housing.digitalShare", Measure.HOUSING_SUBMITTED, all(), "DIGITAL");
        distribution("housing.decision.workingDays", histogram(Measure.HOUSING_DECISION, all()));
        breakdown("housing.outcome", Measure.HOUSING_DECISION, all(), Cell::item);
        count("housing.appeals", sum(Measure.HOUSING_APPEAL, all()));
    }

    private void feedback() {
        Predicate<Cell> inUnit = cell -> filters.unitMatches(cell.unit());
        count("feedback.received", sum(Measure.FEEDBACK_RECEIVED, inUnit));
        breakdown("feedback.kind", Measure.FEEDBACK_RECEIVED, inUnit, Cell::item);
        breakdown("feedback.unit", Measure.FEEDBACK_RECEIVED, inUnit, Cell::unit);
        shareOfItem("feedback.acknowledgedWithin2WorkingDays", Measure.FEEDBACK_ACKNOWLEDGED, inUnit, "true");
        shareOfItem("feedback.answeredWithin10WorkingDays", Measure.FEEDBACK_ANSWERED, inUnit, "true");
    }

    private void faq() {
        Map<String, Long> viewsPerArticle = perItem(Measure.FAQ_VIEWED, all());
        long views = viewsPerArticle.values().stream().mapToLong(Long::longValue).sum();
        count("faq.views", views);
        shareOfItem("faq.helpful", Measure.FAQ_VOTED, all(), "true");
        viewsPerArticle.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ARTICLES).forEach(e -> count("faq.article." + e.getKey(), e.getValue()));
        long contacts = sum(Measure.CONTACT_OPENED, filters::caseMatches);
        if (views > 0) {
            // Computed from both counts: shown only when each is at least the suppression limit.
            out.add(new Figure.Raw("faq.contactsPer1000Views", contacts * 1000.0 / views, Math.min(contacts, views)));
        }
    }

    /** Events of types this build does not know: kept and counted, never lost. */
    private void unknownTypes() {
        count("events.unknownTypes", sum(Measure.EVENT, cell -> EventType.fromType(cell.item()).isEmpty()));
    }

    private static Predicate<Cell> all() {
        return cell -> true;
    }

    private long sum(Measure measure, Predicate<Cell> filter) {
        long n = 0;
        for (Map.Entry<Cell, Long> entry : totals.entrySet()) {
            if (entry.getKey().measure() == measure && filter.test(entry.getKey())) {
                n += entry.getValue();
            }
        }
        return n;
    }

    private Map<String, Long> perItem(Measure measure, Predicate<Cell> filter) {
        return per(measure, filter, Cell::item);
    }

    /** Counts per value of a dimension; cells where it is unknown count in no value. */
    private Map<String, Long> per(Measure measure, Predicate<Cell> filter, Function<Cell, String> dimension) {
        Map<String, Long> counts = new TreeMap<>();
        totals.forEach((cell, n) -> {
            if (cell.measure() == measure && filter.test(cell) && !dimension.apply(cell).isEmpty()) {
                counts.merge(dimension.apply(cell), n, Long::sum);
            }
        });
        counts.values().removeIf(n -> n == 0);
        return counts;
    }

    private NavigableMap<Integer, Long> histogram(Measure measure, Predicate<Cell> filter) {
        NavigableMap<Integer, Long> counts = new TreeMap<>();
        totals.forEach((cell, n) -> {
            if (cell.measure() == measure && filter.test(cell)) {
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
    private void breakdown(String prefix, Measure measure, Predicate<Cell> filter, Function<Cell, String> dimension) {
        long all = sum(measure, filter);
        per(measure, filter, dimension).forEach((value, n) -> {
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

    private void shareOfItem(String key, Measure measure, Predicate<Cell> filter, String item) {
        share(key, sum(measure, filter.and(cell -> cell.item().equals(item))), sum(measure, filter));
    }
}
