package se.socialkontakt.analytics.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The figures' reference in the tests: computes the follow-up figures of one period from its events alone, as the
 * service did before it kept day aggregates. The aggregates must give the same figures (FigureReader). Pure: the same events give the same figures
 * in any order, which is what makes a replay of the topics rebuild them exactly. Working-day figures come from the
 * events themselves (the producers count working time with the suite's Swedish calendar).
 */
public final class FigureCalculator {
    /** One working day of working time, in minutes. */
    static final double WORKING_DAY_MINUTES = 24 * 60;
    private static final int TOP_ARTICLES = 5;
    static final String VIEWED = "faq.article.viewed";

    private FigureCalculator() {
    }

    public static List<Figure.Raw> compute(List<Fact> facts, Filters filters) {
        Map<String, Long> viewsPerArticle = of(facts, VIEWED, f -> true).stream()
                .collect(Collectors.groupingBy(f -> f.text("articleId"), Collectors.counting()));
        return compute(facts.stream().filter(f -> !f.is(VIEWED)).toList(), viewsPerArticle, filters);
    }

    /**
     * The same, with the FAQ article views already counted per article: by far the most numerous events, they are
     * counted in the database rather than read one by one (see FactLoader).
     */
    public static List<Figure.Raw> compute(List<Fact> facts, Map<String, Long> viewsPerArticle, Filters filters) {
        List<Figure.Raw> out = new ArrayList<>();
        contacts(facts, filters, out);
        chat(facts, out);
        housing(facts, out);
        feedback(facts, filters, out);
        faq(facts, viewsPerArticle, filters, out);
        return out;
    }

    private static void contacts(List<Fact> facts, Filters filters, List<Figure.Raw> out) {
        List<Fact> opened = of(facts, "contact.case.opened", f -> caseMatches(filters, f));
        count(out, "contacts.total", opened.size());
        breakdown(out, "contacts.channel", opened, f -> f.text("channel"));
        breakdown(out, "contacts.category", opened, f -> f.text("category"));
        breakdown(out, "contacts.targetGroup", opened, f -> f.text("targetGroup"));

        List<Double> firstResponse = of(facts, "contact.case.first-response", f -> caseMatches(filters, f)).stream()
                .map(f -> f.number("workingMinutes")).toList();
        distribution(out, "contacts.firstResponse.workingMinutes", firstResponse);
        share(out, "contacts.answeredWithin1WorkingDay", firstResponse, m -> m <= WORKING_DAY_MINUTES);
        share(out, "contacts.answeredWithin2WorkingDays", firstResponse, m -> m <= 2 * WORKING_DAY_MINUTES);

        List<Fact> resolved = of(facts, "contact.case.resolved",
                f -> caseMatches(filters, f) && (filters.unit() == null || filters.unitMatches(f.text("unit"))));
        count(out, "contacts.resolved", resolved.size());
        share(out, "contacts.resolvedAtFirstContact", resolved.stream().map(f -> f.flag("atFirstContact")).toList(),
                Boolean::booleanValue);
        List<Fact> routed = of(facts, "contact.case.routed",
                f -> caseMatches(filters, f) && filters.unitMatches(f.text("unit")));
        count(out, "contacts.routed", routed.size());
        breakdown(out, "contacts.routedTo", routed, f -> f.text("unit"));
        count(out, "contacts.slaBreaches", of(facts, "contact.case.sla-breached",
                f -> caseMatches(filters, f) && (filters.unit() == null || filters.unitMatches(f.text("unit"))))
                .size());
    }

    private static void chat(List<Fact> facts, List<Figure.Raw> out) {
        List<Fact> requested = of(facts, "chat.conversation.requested", f -> true);
        count(out, "chat.queued", requested.size());
        count(out, "chat.answered", of(facts, "chat.conversation.started", f -> true).size());
        count(out, "chat.abandoned", of(facts, "chat.conversation.abandoned", f -> true).size());
        distribution(out, "chat.wait.seconds", of(facts, "chat.conversation.started", f -> true).stream()
                .map(f -> f.number("waitSeconds")).toList());
        List<Fact> ended = of(facts, "chat.conversation.ended", f -> true);
        distribution(out, "chat.duration.seconds", ended.stream().map(f -> f.number("durationSeconds")).toList());
        breakdown(out, "chat.ageBand", requested, f -> f.text("ageBand"));
        Map<String, Long> topics = new TreeMap<>();
        ended.forEach(f -> f.data().path("topics").forEach(t -> topics.merge(t.asText(), 1L, Long::sum)));
        topics.forEach((topic, n) -> count(out, "chat.topic." + topic, n));
        share(out, "chat.helped", of(facts, "chat.conversation.rated", f -> true).stream()
                .map(f -> f.flag("helped")).toList(), Boolean::booleanValue);
    }

    private static void housing(List<Fact> facts, List<Figure.Raw> out) {
        count(out, "housing.started", of(facts, "housing.application.started", f -> true).size());
        List<Fact> submitted = of(facts, "housing.application.submitted", f -> true);
        count(out, "housing.submitted", submitted.size());
        share(out, "housing.digitalShare", submitted.stream().map(f -> "DIGITAL".equals(f.text("channel"))).toList(),
                Boolean::booleanValue);
        List<Fact> decisions = of(facts, "housing.application.decision-made", f -> true);
        distribution(out, "housing.decision.workingDays", decisions.stream().map(f -> f.number("workingDays")).toList());
        breakdown(out, "housing.outcome", decisions, f -> f.text("outcome"));
        count(out, "housing.appeals", of(facts, "housing.application.appeal-received", f -> true).size());
    }

    private static void feedback(List<Fact> facts, Filters filters, List<Figure.Raw> out) {
        Predicate<Fact> inUnit = f -> filters.unitMatches(f.text("unit"));
        List<Fact> received = of(facts, "feedback.received", inUnit);
        count(out, "feedback.received", received.size());
        breakdown(out, "feedback.kind", received, f -> f.text("kind"));
        breakdown(out, "feedback.unit", received, f -> f.text("unit"));
        share(out, "feedback.acknowledgedWithin2WorkingDays", of(facts, "feedback.acknowledged", inUnit).stream()
                .map(f -> f.number("workingDays")).toList(), d -> d <= 2);
        share(out, "feedback.answeredWithin10WorkingDays", of(facts, "feedback.answered", inUnit).stream()
                .map(f -> f.number("workingDays")).toList(), d -> d <= 10);
    }

    private static void faq(List<Fact> facts, Map<String, Long> viewsPerArticle, Filters filters,
            List<Figure.Raw> out) {
        long views = viewsPerArticle.values().stream().mapToLong(Long::longValue).sum();
        count(out, "faq.views", views);
        share(out, "faq.helpful", of(facts, "faq.article.voted", f -> true).stream().map(f -> f.flag("helpful"))
                .toList(), Boolean::booleanValue);
        viewsPerArticle.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_ARTICLES).forEach(e -> count(out, "faq.article." + e.getKey(), e.getValue()));
        long contacts = of(facts, "contact.case.opened", f -> caseMatches(filters, f)).size();
        if (views > 0) {
            // Computed from both counts: shown only when each is at least the suppression limit.
            out.add(new Figure.Raw("faq.contactsPer1000Views", contacts * 1000.0 / views, Math.min(contacts, views)));
        }
    }

    /** The filters' case dimensions applied to an event's case, as a join of the stored events gives it. */
    static boolean caseMatches(Filters filters, Fact fact) {
        return matches(filters.channel(), fact.caseDimension("channel"))
                && matches(filters.category(), fact.caseDimension("category"))
                && matches(filters.targetGroup(), fact.caseDimension("targetGroup"));
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equals(actual);
    }

    private static List<Fact> of(List<Fact> facts, String shortType, Predicate<Fact> filter) {
        return facts.stream().filter(f -> f.is(shortType)).filter(filter).toList();
    }

    private static void count(List<Figure.Raw> out, String key, long n) {
        out.add(new Figure.Raw(key, n, n));
    }

    private static void breakdown(List<Figure.Raw> out, String prefix, List<Fact> facts,
            Function<Fact, String> dimension) {
        Map<String, Long> counts = facts.stream().map(dimension).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting()));
        counts.forEach((value, n) -> {
            count(out, prefix + "." + value, n);
            out.add(new Figure.Raw(prefix + "." + value + ".share", 100.0 * n / facts.size(), n));
        });
    }

    private static void distribution(List<Figure.Raw> out, String key, List<Double> values) {
        if (!values.isEmpty()) {
            out.add(new Figure.Raw(key + ".median", Stats.median(values), values.size()));
            out.add(new Figure.Raw(key + ".p90", Stats.p90(values), values.size()));
        }
    }

    /** A percentage of the values that meet the condition, computed from all of them. */
    private static <T> void share(List<Figure.Raw> out, String key, List<T> values, Predicate<T> condition) {
        if (!values.isEmpty()) {
            long met = values.stream().filter(condition).count();
            out.add(new Figure.Raw(key + ".share", 100.0 * met / values.size(), values.size()));
        }
    }
}
