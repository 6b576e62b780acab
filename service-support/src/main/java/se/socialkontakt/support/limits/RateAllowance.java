package se.socialkontakt.support.limits;

import java.util.function.LongSupplier;

/**
 * How often one sender may act: a token bucket that allows a short burst and then a steady rate per minute. Used for
 * a chat connection's messages and a public form's submissions from one address.
 */
public final class RateAllowance {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int burst;
    private final double perNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    public RateAllowance(int burst, int perMinute, LongSupplier nanoTime) {
        this.burst = burst;
        this.perNano = (double) perMinute / NANOS_PER_MINUTE;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    public synchronized boolean tryTake() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) * perNano);
        refilledAt = now;
        if (tokens < 1) {
            return false;
        }
        tokens -= 1;
        return true;
    }
}
