package se.socialkontakt.analytics.goal;

import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.analytics.kpi.Figure;
import se.socialkontakt.analytics.kpi.FigureLabels;
import se.socialkontakt.analytics.kpi.FigureService;
import se.socialkontakt.analytics.kpi.Filters;
import se.socialkontakt.analytics.kpi.Period;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.FeedbackReceived;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The figures a goal may follow: every figure with a name, the breakdowns by channel and by kind of feedback (whose
 * values the event contracts list), and the other breakdowns' values seen this year (categories and target groups
 * are the contact center's own lists).
 */
@ApplicationScoped
public class GoalMetrics {
    private static final FigureLabels SWEDISH = FigureLabels.of(Locale.forLanguageTag("sv"));

    private final FigureService figures;
    private final Clock clock;

    GoalMetrics(FigureService figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public record Metric(String key, String label) {
    }

    public boolean knows(String key) {
        return SWEDISH.knows(key);
    }

    public List<Metric> choices(Locale locale) {
        FigureLabels labels = FigureLabels.of(locale);
        TreeSet<String> keys = new TreeSet<>(SWEDISH.namedKeys());
        breakdown("contacts.channel", Arrays.stream(ContactCaseOpened.Channel.values()).map(Enum::name))
                .forEach(keys::add);
        breakdown("feedback.kind", Arrays.stream(FeedbackReceived.Kind.values()).map(Enum::name)).forEach(keys::add);
        LocalDate today = LocalDate.now(clock.withZone(figures.zone()));
        figures.figures(Period.of(Period.Kind.YEAR, today), Filters.NONE).stream().map(Figure::key)
                .filter(SWEDISH::knows).forEach(keys::add);
        return keys.stream().map(key -> new Metric(key, labels.label(key)))
                .sorted(Comparator.comparing(Metric::label, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    private static Stream<String> breakdown(String prefix, Stream<String> values) {
        return values.flatMap(value -> Stream.of(prefix + "." + value, prefix + "." + value + ".share"));
    }
}
