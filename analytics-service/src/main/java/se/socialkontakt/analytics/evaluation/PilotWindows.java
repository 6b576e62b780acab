package se.socialkontakt.analytics.evaluation;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The six months before a launch against the six months from it: [launch − 6 months, launch) and
 * [launch, launch + 6 months), the second cut at the end of today while it is still running. Months are calendar
 * months; from the 31st, six months back or ahead is the last day of a shorter month.
 */
public record PilotWindows(LocalDate launch, Window before, Window after, boolean afterComplete) {
    public static final int MONTHS = 6;

    /** Days from {@code start} to (not including) {@code endExclusive}, in the municipality's calendar. */
    public record Window(LocalDate start, LocalDate endExclusive) {
        @JsonProperty
        public LocalDate lastDay() {
            return endExclusive.minusDays(1);
        }
    }

    /** The windows around a launch on or before today; a launch ahead has nothing to evaluate yet. */
    public static PilotWindows around(LocalDate launch, LocalDate today) {
        if (launch.isAfter(today)) {
            throw new EvaluationRefusal(EvaluationRefusal.Reason.LAUNCH_AHEAD,
                    "The launch " + launch + " is after today, " + today + ": there is no after yet");
        }
        LocalDate sixMonthsOn = launch.plusMonths(MONTHS);
        // Complete once its last day is over; until then it runs to the end of today, with today's events so far.
        boolean complete = !sixMonthsOn.isAfter(today);
        return new PilotWindows(launch, new Window(launch.minusMonths(MONTHS), launch),
                new Window(launch, complete ? sixMonthsOn : today.plusDays(1)), complete);
    }

    /** The last day of the whole six months after the launch, which a running window has not reached. */
    @JsonProperty
    public LocalDate afterEnds() {
        return launch.plusMonths(MONTHS).minusDays(1);
    }

    /** The launch as the form sends it, an ISO date (2026-03-01). */
    public static LocalDate launchDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new EvaluationRefusal(EvaluationRefusal.Reason.BAD_DATE,
                    "The launch must be a date such as 2026-03-01, not " + text);
        }
    }
}
