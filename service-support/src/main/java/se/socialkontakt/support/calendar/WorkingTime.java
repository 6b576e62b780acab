package se.socialkontakt.support.calendar;

import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Time that counts for a promise made in working days: Monday to Friday, not on a Swedish public holiday or the eves
 * the municipality closes. A contact that arrives on a weekend starts its clock on the next working day at midnight;
 * "within one working day" of Friday 14:00 is Monday 14:00. Days are the zone's calendar days, so promises follow the
 * municipality's clock across summer time.
 */
@Singleton
public class WorkingTime {
    /** No promise is longer than this; a longer search would be a bug, not a deadline. */
    private static final int MAX_DAYS_SEARCHED = 3 * 366;

    private final SwedishHolidays holidays;

    public WorkingTime(SwedishHolidays holidays) {
        this.holidays = holidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && holidays.on(date).isEmpty();
    }

    /** The moment by which {@code workingDays} working days have passed since {@code from}. */
    public Instant deadline(Instant from, int workingDays, ZoneId zone) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("A promise cannot be negative: " + workingDays);
        }
        Duration remaining = Duration.ofDays(workingDays);
        ZonedDateTime cursor = from.atZone(zone);
        for (int i = 0; i < MAX_DAYS_SEARCHED; i++) {
            LocalDate day = cursor.toLocalDate();
            ZonedDateTime dayEnd = day.plusDays(1).atStartOfDay(zone);
            if (isWorkingDay(day)) {
                Duration available = Duration.between(cursor, dayEnd);
                if (remaining.compareTo(available) <= 0) {
                    return cursor.plus(remaining).toInstant();
                }
                remaining = remaining.minus(available);
            }
            cursor = dayEnd;
        }
        throw new IllegalStateException("No deadline within " + MAX_DAYS_SEARCHED + " days of " + from);
    }

    /**
     * The last day of a deadline that ends at {@code end}: one that ends at midnight is the whole of the day before
     * ("by 7 December" rather than "8 December at 00:00").
     */
    public static LocalDate lastDay(Instant end, ZoneId zone) {
        ZonedDateTime local = end.atZone(zone);
        LocalDate day = local.toLocalDate();
        return local.toLocalTime().equals(LocalTime.MIDNIGHT) ? day.minusDays(1) : day;
    }

    /**
     * A period that ends on a Saturday, a Sunday, a public holiday, midsommarafton, julafton or nyårsafton ends on
     * the next working day instead (lagen (1930:173) om beräkning av lagstadgad tid).
     */
    public LocalDate onOrAfter(LocalDate day) {
        LocalDate last = day;
        for (int i = 0; !isWorkingDay(last); i++) {
            if (i > MAX_DAYS_SEARCHED) {
                throw new IllegalStateException("No working day within " + MAX_DAYS_SEARCHED + " days of " + day);
            }
            last = last.plusDays(1);
        }
        return last;
    }

    /** How much working time lies between two moments (zero when {@code to} is not after {@code from}). */
    public Duration between(Instant from, Instant to, ZoneId zone) {
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            LocalDate day = cursor.toLocalDate();
            ZonedDateTime dayEnd = day.plusDays(1).atStartOfDay(zone);
            ZonedDateTime until = dayEnd.isBefore(end) ? dayEnd : end;
            if (isWorkingDay(day)) {
                total = total.plus(Duration.between(cursor, until));
            }
            cursor = dayEnd;
        }
        return total;
    }

    /** Whole working days begun between two moments, counting a started working day as one (0 for no working time). */
    public long workingDaysBetween(Instant from, Instant to, ZoneId zone) {
        Duration working = between(from, to, zone);
        return working.isZero() ? 0 : (working.toMinutes() + Duration.ofDays(1).toMinutes() - 1) / Duration.ofDays(1).toMinutes();
    }
}
