package se.socialkontakt.support.limits;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One {@link RateAllowance} per key (an address, a conversation), kept in memory only and forgotten an hour after the
 * key was last seen, so that it never becomes a record of who did what.
 */
public final class KeyedRates<K> {
    private static final long FORGET_AFTER_NANOS = Duration.ofHours(1).toNanos();
    private static final int MAX_KEYS = 100_000;

    private record Entry(RateAllowance allowance, long lastSeenNanos) {
    }

    private final Map<K, Entry> entries = new ConcurrentHashMap<>();
    private final int burst;
    private final int perMinute;

    public KeyedRates(int burst, int perMinute) {
        this.burst = burst;
        this.perMinute = perMinute;
    }

    /** Whether the key may act once more now. */
    public boolean tryTake(K key) {
        if (entries.size() >= MAX_KEYS) {
            forgetOld();
        }
        long now = System.nanoTime();
        Entry entry = entries.compute(key, (ignored, known) -> new Entry(
                known == null ? new RateAllowance(burst, perMinute, System::nanoTime) : known.allowance(), now));
        return entry.allowance().tryTake();
    }

    /** Forgets the keys not seen for an hour; call it now and then. */
    public void forgetOld() {
        long now = System.nanoTime();
        entries.values().removeIf(entry -> now - entry.lastSeenNanos() > FORGET_AFTER_NANOS);
    }
}
