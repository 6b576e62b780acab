package se.socialkontakt.analytics.trend;

import se.socialkontakt.analytics.kpi.Figure;

import java.time.LocalDate;
import java.util.function.ToLongFunction;

/**
 * A figure before and after a marker: the {@code weeks} whole weeks before the marker's day against the as many weeks
 * from it, and the same two windows 52 weeks earlier, which start on the same weekday (docs/decisions.md, "Before
 * and after a marker"). Each window's count is suppressed under five events as every figure on the dashboard is;
 * a change is given only between two shown counts of windows that are over, since the difference of a shown and a
 * hidden count would give the hidden one away. Pure.
 */
public record BeforeAfter(String figure, LocalDate marker, int weeks, Comparison around, Comparison yearEarlier) {
    /** 52 weeks are 364 days: a year earlier on the same weekday, so weekdays and weekends compare alike. */
    static final int WEEKS_A_YEAR = 52;

    /** One window's count: none when suppressed; {@code over} is false while its last day is still to come. */
    public record Window(LocalDate from, LocalDate until, Long value, boolean suppressed, boolean over) {

        static Window of(Span span, long count, LocalDate today) {
            boolean suppressed = count < Figure.SMALL;
            return new Window(span.from(), span.until(), suppressed ? null : count, suppressed, span.over(today));
        }

        boolean comparable() {
            return !suppressed && over;
        }
    }

    /** The windows before and after, and the change from the one to the other, in events and in per cent. */
    public record Comparison(Window before, Window after, Long difference, Double percent) {

        static Comparison of(Window before, Window after) {
            if (!before.comparable() || !after.comparable()) {
                return new Comparison(before, after, null, null);
            }
            long difference = after.value() - before.value();
            double percent = Math.round(1000.0 * difference / before.value()) / 10.0;
            return new Comparison(before, after, difference, percent);
        }
    }

    /** The window before the marker's day, up to (not including) it. */
    static Span before(LocalDate marker, int weeks) {
        return new Span(marker.minusWeeks(atLeastOne(weeks)), marker);
    }

    /** The window from the marker's day on. */
    static Span after(LocalDate marker, int weeks) {
        return new Span(marker, marker.plusWeeks(atLeastOne(weeks)));
    }

    private static int atLeastOne(int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("A window has at least one week");
        }
        return weeks;
    }

    /**
     * @param count the figure's count over a span's days
     * @param today the municipality's date now: a window that reaches it is not over
     */
    static BeforeAfter of(String figure, LocalDate marker, int weeks, LocalDate today, ToLongFunction<Span> count) {
        Span before = before(marker, weeks);
        Span after = after(marker, weeks);
        return new BeforeAfter(figure, marker, weeks, compare(before, after, today, count),
                compare(before.weeksEarlier(WEEKS_A_YEAR), after.weeksEarlier(WEEKS_A_YEAR), today, count));
    }

    private static Comparison compare(Span before, Span after, LocalDate today, ToLongFunction<Span> count) {
        return Comparison.of(Window.of(before, count.applyAsLong(before), today),
                Window.of(after, count.applyAsLong(after), today));
    }
}
