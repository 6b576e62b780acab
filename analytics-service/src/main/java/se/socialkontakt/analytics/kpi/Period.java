package se.socialkontakt.analytics.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/** A follow-up period in the municipality's calendar: the day, ISO week, month, quarter or year around a date. */
public record Period(Kind kind, LocalDate start, LocalDate endExclusive) {

    public enum Kind {
        DAY, WEEK, MONTH, QUARTER, YEAR
    }

    public static Period of(Kind kind, LocalDate date) {
        LocalDate start = switch (kind) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> date.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> date.withDayOfYear(1);
        };
        LocalDate end = switch (kind) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
            case YEAR -> start.plusYears(1);
        };
        return new Period(kind, start, end);
    }

    /** From the start of the period to (not including) {@code until}: a year to date, say. */
    public static Period toDate(Kind kind, LocalDate until) {
        Period whole = of(kind, until.minusDays(1));
        return new Period(kind, whole.start(), until);
    }

    /**
     * The same period a year earlier, for year-on-year comparison (the same ISO week number for weeks); for a period
     * to date, the same days a year earlier.
     */
    public Period yearEarlier() {
        if (!equals(of(kind, start))) {
            return new Period(kind, start.minusYears(1), endExclusive.minusYears(1));
        }
        if (kind == Kind.WEEK) {
            LocalDate sameWeek = start.minusYears(1)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            return of(Kind.WEEK, sameWeek);
        }
        return of(kind, start.minusYears(1));
    }

    public LocalDate lastDay() {
        return endExclusive.minusDays(1);
    }

    public Instant from(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Instant until(ZoneId zone) {
        return endExclusive.atStartOfDay(zone).toInstant();
    }
}
