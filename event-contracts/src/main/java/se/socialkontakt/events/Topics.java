package se.socialkontakt.events;

/** One topic per producing service; records are keyed by the aggregate id so one aggregate stays in order. */
public final class Topics {
    public static final String CHAT = "chat-events";
    public static final String HOUSING = "housing-events";
    public static final String CONTACT = "contact-events";
    /**
     * Compacted, keyed by message id: every instance of every service reads it from the start when it boots and so
     * knows which crisis messages are showing.
     */
    public static final String CRISIS = "crisis-messages";

    private Topics() {
    }
}
