package se.socialkontakt.chat.hours;

import se.socialkontakt.support.calendar.SwedishHolidays;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether the chat is open at a moment and what a young person should be told: when it closes, whether the queue
 * still takes new chats, and when it opens next.
 */
public record Availability(State state, Optional<Instant> closesAt, Optional<Instant> nextOpening,
        Optional<SwedishHolidays.HolidayName> holiday, Optional<String> exceptionReason) {

    public enum State {
        /** Open, and new chats are taken. */
        OPEN,
        /** Open for the conversations under way, but the queue has closed before closing time. */
        CLOSING_SOON,
        /** Closed: outside opening hours, a holiday or an exception date. */
        CLOSED
    }

    public boolean acceptsNewChats() {
        return state == State.OPEN;
    }
}
