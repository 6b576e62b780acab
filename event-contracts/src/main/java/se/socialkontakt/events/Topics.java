package se.socialkontakt.events;

/** One topic per producing service; records are keyed by the aggregate id so one aggregate stays in order. */
public final class Topics {
    public static final String CHAT = "chat-events";
    public static final String HOUSING = "housing-events";
    public static final String CONTACT = "contact-events";

    private Topics() {
    }
}
