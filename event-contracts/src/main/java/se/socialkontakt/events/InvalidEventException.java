package se.socialkontakt.events;

/** Raised for bytes or payloads that do not form a valid event of the suite. */
public class InvalidEventException extends RuntimeException {
    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
