package se.socialkontakt.chat.hours;

import java.time.LocalDate;
import java.util.Optional;

/** A date when the chat keeps other hours than usual, or is closed ({@code hours} empty); it beats holidays. */
public record HoursException(LocalDate date, Optional<DailyHours> hours, String reason) {
}
