package se.socialkontakt.benchmarks;

import org.HdrHistogram.Histogram;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** One run's figures, and the Markdown table the benchmark prints and writes to target/results.md. */
record Result(String server, int conversations, LoadDriver.Measurement measurement, long rssBeforeKb,
        long rssAfterKb, double setUpSeconds, String loadAverage, String failure) {
    /** The target for chat-service. */
    static final double TARGET_P99_MS = 20;
    static final int TARGET_CONVERSATIONS = 5000;

    static Result failed(String server, int conversations, String why) {
        return new Result(server, conversations, null, -1, -1, 0, "?", why);
    }

    boolean isChat() {
        return server.equals(ChatBenchmark.CHAT);
    }

    String label() {
        return label(server);
    }

    static String label(String server) {
        return server.equals(ChatBenchmark.CHAT) ? "chat-service" : "raw relay (baseline)";
    }

    static String table(List<Result> results, String settings) {
        StringBuilder out = new StringBuilder()
                .append("## WebSocket delivery: chat-service vs. raw relay baseline\n\n")
                .append(settings).append("\n\n")
                .append("| conversations | server | sent | delivered | lost | msg/s | p50 ms | p90 ms | p99 ms | max ms"
                        + " | client send lag p99 ms | server RSS before MB | server RSS after MB |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Result r : results) {
            out.append(r.row()).append('\n');
        }
        out.append('\n');
        for (Result r : results) {
            out.append(r.notes());
        }
        return out.toString();
    }

    private String row() {
        if (measurement == null) {
            return String.format(Locale.ROOT, "| %d | %s | failed: %s |", conversations, label(),
                    failure.replace('|', '/').replace('\n', ' '));
        }
        LoadDriver.Measurement m = measurement;
        Histogram l = m.latency();
        return String.format(Locale.ROOT, "| %d | %s | %d | %d | %d | %.0f | %s | %s | %s | %s | %s | %s | %s |",
                conversations, label(), m.sent(), m.delivered(), m.lost(), m.delivered() / m.seconds(),
                ms(l, 50), ms(l, 90), ms(l, 99), ms(l, 100), ms(m.sendLag(), 99), mb(rssBeforeKb), mb(rssAfterKb));
    }

    private String notes() {
        StringBuilder notes = new StringBuilder();
        if (measurement != null) {
            notes.append(String.format(Locale.ROOT,
                    "- %s, %d conversations: set-up %.1f s (not measured); load average at the end %s on %d cores",
                    label(), conversations, setUpSeconds, loadAverage, Runtime.getRuntime().availableProcessors()));
            if (!measurement.problems().isEmpty()) {
                notes.append("; ").append(measurement.problems().entrySet().stream()
                        .map(e -> e.getKey() + " × " + e.getValue()).collect(Collectors.joining(", ")));
            }
            notes.append('\n');
        }
        if (isChat() && conversations >= TARGET_CONVERSATIONS) {
            notes.append(measurement == null || measurement.delivered() == 0
                    ? String.format(Locale.ROOT, "- target p99 < %.0f ms at %d conversations: not measured%n",
                            TARGET_P99_MS, conversations)
                    : String.format(Locale.ROOT, "- target p99 < %.0f ms at %d conversations: %s (p99 %s ms)%n",
                            TARGET_P99_MS, conversations,
                            p99Ms() < TARGET_P99_MS && measurement.lost() == 0 ? "met" : "NOT met",
                            ms(measurement.latency(), 99)));
        }
        return notes.toString();
    }

    private double p99Ms() {
        return measurement.latency().getValueAtPercentile(99) / 1e6;
    }

    private static String ms(Histogram h, double percentile) {
        if (h.getTotalCount() == 0) {
            return "-";
        }
        long nanos = percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile);
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }

    private static String mb(long kb) {
        return kb < 0 ? "-" : String.format(Locale.ROOT, "%.0f", kb / 1024.0);
    }
}
