package se.socialkontakt.analytics.trend;

import java.time.LocalDate;

/**
 * Something done that may have moved the figures, shown on the time chart: a communication plan's activity or a
 * crisis message, from its first day to its last (the same day for a single day).
 *
 * @param about the activity's goal; empty for a crisis message
 */
public record Marker(Kind kind, String id, LocalDate firstDay, LocalDate lastDay, String title, String about) {

    public enum Kind {
        ACTIVITY, CRISIS_MESSAGE
    }
}
