package se.socialkontakt.analytics.trend;

import java.time.LocalDate;

/** The days from {@code from} up to (not including) {@code until}. */
public record Span(LocalDate from, LocalDate until) {

    /** The same days of the week {@code weeks} weeks earlier. */
    Span weeksEarlier(int weeks) {
        return new Span(from.minusWeeks(weeks), until.minusWeeks(weeks));
    }

    /** Whether every day of the span is over by {@code today}: today's figures are still growing. */
    boolean over(LocalDate today) {
        return !until.isAfter(today);
    }

    boolean overlaps(LocalDate first, LocalDate last) {
        return !from.isAfter(last) && until.isAfter(first);
    }
}
