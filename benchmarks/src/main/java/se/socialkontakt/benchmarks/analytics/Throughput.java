package se.socialkontakt.benchmarks.analytics;

import java.util.Locale;

/** How many events something handled and how long it took, from the first to the last. */
record Throughput(long events, double seconds) {
    double perSecond() {
        return seconds > 0 ? events / seconds : 0;
    }

    String describe() {
        return String.format(Locale.ROOT, "%,d events in %.1f s: %,.0f/s", events, seconds, perSecond());
    }
}
