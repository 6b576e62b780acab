package se.socialkontakt.chat.hours;

import java.time.LocalTime;

/** The chat's opening period on one day: from {@code opens} until {@code closes}, local time. */
public record DailyHours(LocalTime opens, LocalTime closes) {
    public DailyHours {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new IllegalArgumentException("Opening time must be before closing time");
        }
    }
}
