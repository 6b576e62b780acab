package se.socialkontakt.chat.hours;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The chat's opening period on one day: from {@code opens} until {@code closes}, local time. A closing time of
 * 00:00 means midnight at the end of the day, so a chat can stay open until midnight (or all day, 00:00–00:00).
 */
public record DailyHours(LocalTime opens, LocalTime closes) {
    public DailyHours {
        if (opens == null || closes == null || !(opens.isBefore(closes) || closes.equals(LocalTime.MIDNIGHT))) {
            throw new IllegalArgumentException("Opening time must be before closing time");
        }
    }

    public LocalDateTime opensOn(LocalDate date) {
        return date.atTime(opens);
    }

    public LocalDateTime closesOn(LocalDate date) {
        return closes.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay() : date.atTime(closes);
    }
}
