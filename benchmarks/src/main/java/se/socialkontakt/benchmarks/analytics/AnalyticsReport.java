package se.socialkontakt.benchmarks.analytics;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** The run's figures, and the Markdown table they end up in. */
record AnalyticsReport(AnalyticsOptions options, Throughput published, Throughput raw, Throughput ingest,
        String ingestCpu, LatencyRun.Result latency, Map<String, String> figureTimes, long rssBeforeKb,
        long rssAfterKb, double loadAverage) {
    private static final double INGEST_TARGET = 0.5;
    private static final double P99_TARGET_MS = 1000;

    String table() {
        double ratio = raw.perSecond() > 0 ? ingest.perSecond() / raw.perSecond() : 0;
        boolean complete = ingest.events() == options.events();
        String p99 = millis(percentile(0.99));
        boolean latencyMet = latency.seen() == latency.probes() && percentile(0.99) / 1e6 < P99_TARGET_MS;
        StringBuilder out = new StringBuilder();
        out.append(format("""
                %s. %,d events (the demo generator's mix of chat, housing and contact events) published, then read \
                by a raw Kafka consumer that only counts, then by analytics-service started fresh (-Xmx%s, database \
                and topics of its own); each consumer read the same backlog with the machine to itself. Rates are \
                from the first to the last record counted or stored. Latency: %,d events/s open loop for %d s, \
                every %d-th a probe on a day of its own; from the probe's scheduled send to the end of the first \
                figures API poll (one every %d ms) that counts it. Everything on this machine (%d cores, Java %s): \
                broker, PostgreSQL, Keycloak, service and benchmark.

                """, OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), options.events(), options.serverHeap(),
                options.rate(), options.latencyDuration().toSeconds(), options.probeEvery(),
                options.pollInterval().toMillis(), Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature()));
        out.append("| measure | value | target | met |\n|---|---|---|---|\n");
        row(out, "published (generation included)", published.describe(), "", "");
        row(out, "raw Kafka consumer (baseline)", raw.describe(), "", "");
        row(out, "analytics-service ingest", ingest.describe() + (complete ? "" : " (INCOMPLETE)"),
                "≥ 50 % of raw", format("%s (%.1f %%)", yes(complete && ratio >= INGEST_TARGET), 100 * ratio));
        row(out, "CPU while analytics-service ingested", ingestCpu, "", "");
        row(out, format("publish → visible in the API at %,d/s", options.rate()), format(
                "p50 %s, p90 %s, p99 %s, max %s (%,d probes, %,d seen)", millis(percentile(0.5)),
                millis(percentile(0.9)), p99, millis(percentile(1.0)), latency.probes(), latency.seen()),
                "p99 < 1,000 ms", yes(latencyMet));
        row(out, "poll interval; mean poll round trip; polls (failed)", format("%d ms; %.1f ms; %,d (%d)",
                options.pollInterval().toMillis(), latency.meanPollMs(), latency.polls(), latency.pollFailures()),
                "", "");
        row(out, "latency run: benchmark's send lag, max", format("%.1f ms", latency.maxSendLagMs()), "", "");
        row(out, "figures API with all events stored (today's " + String.join(" / ", figureTimes.keySet()) + ")",
                figureTimes.values().stream().collect(Collectors.joining(" / ")), "", "");
        row(out, "server RSS at ready → after latency run", format("%,d → %,d MB", rssBeforeKb / 1024,
                rssAfterKb / 1024), "", "");
        row(out, "load average (1 min) at the end", format("%.2f", loadAverage), "", "");
        return out.toString();
    }

    /** Nearest rank, in nanoseconds; Long.MAX_VALUE when that rank is a probe never seen. */
    private long percentile(double p) {
        long[] sorted = latency.latenciesNanos();
        if (sorted.length == 0) {
            return Long.MAX_VALUE;
        }
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    private static String millis(long nanos) {
        return nanos == Long.MAX_VALUE ? "not seen" : format("%,.0f ms", nanos / 1e6);
    }

    private static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    private static void row(StringBuilder out, String... cells) {
        out.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }

    private static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
