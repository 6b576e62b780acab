package se.socialkontakt.chat.conversation;

import java.util.function.LongSupplier;

/**
 * How many messages one connection may send: a token bucket that allows a short burst and then a steady rate.
 * A connection over its allowance gets an error frame and stays open.
 */
public final class MessageAllowance {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;

    private final int burst;
    private final double perNano;
    private final LongSupplier nanoTime;
    private double tokens;
    private long refilledAt;

    public MessageAllowance(int burst, int perMinute, LongSupplier nanoTime) {
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
