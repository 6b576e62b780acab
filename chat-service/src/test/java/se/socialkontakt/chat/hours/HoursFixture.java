package se.socialkontakt.chat.hours;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Puts the chat in a known state for a test, whatever the time of day: exception dates for today and tomorrow
 * (tomorrow too, so a test running across midnight sees the same state).
 */
public final class HoursFixture {
    private HoursFixture() {
    }

    public static void openAllDay(HoursService hours) {
        set(hours, Optional.of(new DailyHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)), "Öppet dygnet runt (test)");
    }

    public static void closed(HoursService hours, String reason) {
        set(hours, Optional.empty(), reason);
    }

    public static void clear(HoursService hours) {
        days(hours).forEach(hours::removeException);
    }

    private static void set(HoursService hours, Optional<DailyHours> open, String reason) {
        days(hours).forEach(day -> hours.setException(new HoursException(day, open, reason)));
    }

    private static List<LocalDate> days(HoursService hours) {
        LocalDate today = LocalDate.now(hours.zone());
        return List.of(today, today.plusDays(1));
    }
}
