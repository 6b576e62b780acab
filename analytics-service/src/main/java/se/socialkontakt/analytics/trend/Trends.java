package se.socialkontakt.analytics.trend;

import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.analytics.aggregate.AggregateStore;
import se.socialkontakt.analytics.kpi.Figure;
import se.socialkontakt.analytics.kpi.FigureReader;
import se.socialkontakt.analytics.kpi.Filters;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts over time, read from the serving generation's aggregates like every figure (never from the events): a week
 * by week series for the dashboard's time chart, and the windows before and after a marker.
 */
@ApplicationScoped
public class Trends {
    /** The figures that are counts of something residents did, whose sum over a week means something. */
    public static final List<String> FIGURES = List.of("contacts.total", "chat.queued", "housing.submitted",
            "feedback.received", "faq.views");
    /** A year of weeks on the chart. */
    static final int WEEKS_SHOWN = 52;

    private final AggregateStore aggregates;
    private final Clock clock;

    Trends(AggregateStore aggregates, Clock clock) {
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /**
     * One ISO week's count (its number in its week-based year, and its Monday), suppressed under five events;
     * {@code over} once its Sunday is past.
     */
    public record Week(int year, int number, LocalDate monday, Long value, boolean suppressed, boolean over) {
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(aggregates.zone()));
    }

    /** The {@value #WEEKS_SHOWN} weeks up to and including the week of {@code lastDay}. */
    public List<Week> weeks(String figure, LocalDate lastDay, Filters filters) {
        Counter counter = counter(figure, filters);
        LocalDate today = today();
        LocalDate lastMonday = lastDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        List<Week> weeks = new ArrayList<>(WEEKS_SHOWN);
        for (LocalDate monday = lastMonday.minusWeeks(WEEKS_SHOWN - 1); !monday.isAfter(lastMonday);
                monday = monday.plusWeeks(1)) {
            Span week = new Span(monday, monday.plusWeeks(1));
            long count = counter.count(week);
            boolean suppressed = count < Figure.SMALL;
            weeks.add(new Week(monday.get(IsoFields.WEEK_BASED_YEAR), monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    monday, suppressed ? null : count, suppressed, week.over(today)));
        }
        return weeks;
    }

    public BeforeAfter beforeAfter(String figure, LocalDate marker, int weeks, Filters filters) {
        return BeforeAfter.of(figure, marker, weeks, today(), counter(figure, filters)::count);
    }

    private Counter counter(String figure, Filters filters) {
        if (!FIGURES.contains(figure)) {
            throw new UnknownTrendFigure(figure);
        }
        return new Counter(figure, filters, aggregates.servingGeneration());
    }

    /** A figure's count over any span, from one generation, so that every window of an answer reads the same cells. */
    private final class Counter {
        private final String figure;
        private final Filters filters;
        private final int generation;

        Counter(String figure, Filters filters, int generation) {
            this.figure = figure;
            this.filters = filters;
            this.generation = generation;
        }

        long count(Span span) {
            return FigureReader.compute(aggregates.totals(generation, span.from(), span.until(),
                    FigureReader.query(filters)), filters).stream()
                    .filter(raw -> raw.key().equals(figure)).mapToLong(raw -> (long) raw.value()).findFirst()
                    .orElse(0);
        }
    }
}
