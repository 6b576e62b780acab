package se.socialkontakt.analytics.evaluation;

/** A pilot evaluation that cannot be made as asked; the resource says why in problem+json. */
public class EvaluationRefusal extends RuntimeException {
    public enum Reason {
        UNKNOWN_SERVICE, BAD_DATE, LAUNCH_AHEAD
    }

    private final Reason reason;

    EvaluationRefusal(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
