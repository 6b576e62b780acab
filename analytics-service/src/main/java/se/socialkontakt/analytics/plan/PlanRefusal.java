package se.socialkontakt.analytics.plan;

/** A plan change the rules do not allow; the resource says why in problem+json. */
public class PlanRefusal extends RuntimeException {
    public enum Reason {
        NO_SUCH_GOAL, NO_SUCH_ACTIVITY
    }

    private final Reason reason;

    PlanRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
