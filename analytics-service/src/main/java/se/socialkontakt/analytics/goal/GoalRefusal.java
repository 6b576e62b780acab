package se.socialkontakt.analytics.goal;

/** A goal change the rules do not allow; the resource says why in problem+json. */
public class GoalRefusal extends RuntimeException {
    public enum Reason {
        NO_SUCH_GOAL, UNKNOWN_METRIC, RETIRED
    }

    private final Reason reason;

    GoalRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
