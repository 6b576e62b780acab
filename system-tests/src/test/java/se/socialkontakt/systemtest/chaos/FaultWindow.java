package se.socialkontakt.systemtest.chaos;

import java.time.Duration;
import java.time.Instant;

/** One fault: what was killed, when, and when what was killed answered its health check again. */
public record FaultWindow(FaultKind kind, String target, Instant killedAt, Instant recoveredAt) {
    /**
     * After recovery the balancer needs two health checks two seconds apart to send to the instance again, and
     * clients their next connection: requests that close after the fault still count as during it.
     */
    static final Duration AFTERMATH = Duration.ofSeconds(10);

    public Duration recovery() {
        return Duration.between(killedAt, recoveredAt);
    }

    /** Whether something under way from one moment to the other met the fault or its aftermath. */
    boolean overlaps(Instant from, Instant to) {
        return !to.isBefore(killedAt) && !from.isAfter(recoveredAt.plus(AFTERMATH));
    }
}
