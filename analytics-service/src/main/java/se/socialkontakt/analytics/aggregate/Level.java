package se.socialkontakt.analytics.aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The levels the cells are kept at: each day, and rolled up to each month and each year in the same transaction. A
 * period's totals read whole years and whole months from the roll-ups and only the days at its edges, so a year costs
 * about as much as a day (a year of day cells for a city is some 700,000 rows; its year roll-up one row per cell).
 */
public enum Level {
    DAY, MONTH, YEAR;

    /** A part of a period read at one level: the starts of its days, months or years from {@code from} to {@code until}. */
    public record Part(Level level, LocalDate from, LocalDate until) {
    }

    /** The start of the day, month or year a day falls in. */
    public LocalDate startOf(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case MONTH -> day.withDayOfMonth(1);
            case YEAR -> day.withDayOfYear(1);
        };
    }

    LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case MONTH -> start.plusMonths(1);
            case YEAR -> start.plusYears(1);
        };
    }

    /**
     * The days from {@code from} to {@code until} (exclusive) as the fewest parts: every whole year as a year, every
     * other whole month as a month, the rest as days. At most five parts (days, months, years, months, days), each
     * day in exactly one.
     */
    public static List<Part> cover(LocalDate from, LocalDate until) {
        List<Part> parts = new ArrayList<>();
        LocalDate at = from;
        while (at.isBefore(until)) {
            Level level = largestStartingAt(at, until);
            LocalDate next = level.next(at);
            Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
            if (last != null && last.level() == level && last.until().equals(at)) {
                parts.set(parts.size() - 1, new Part(level, last.from(), next));
            } else {
                parts.add(new Part(level, at, next));
            }
            at = next;
        }
        return parts;
    }

    private static Level largestStartingAt(LocalDate day, LocalDate until) {
        for (Level level : List.of(YEAR, MONTH)) {
            if (level.startOf(day).equals(day) && !level.next(day).isAfter(until)) {
                return level;
            }
        }
        return DAY;
    }
}
