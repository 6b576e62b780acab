package se.socialkontakt.benchmarks.analytics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Locale;

/** The run's figures, part by part, and the Markdown they end up in. */
final class AnalyticsReport {
    static final double INGEST_TARGET = 0.5;
    static final double LATENCY_P99_TARGET_MS = 1000;
    static final double FIGURES_P99_TARGET_MS = 250;

    private final StringBuilder out = new StringBuilder();

    AnalyticsReport() {
        out.append(format("%s. Everything on this machine (%d cores, Java %s): broker, PostgreSQL, Keycloak, service "
                + "and benchmark. Load average (1, 5, 15 min) at the start: %s.%n%n",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
                Runtime.version().feature(), loadAverage()));
    }

    /** A part of the run: its heading and what it did, then a table of its measures. */
    void part(String heading, String method) {
        out.append("**").append(heading).append(".** ").append(method).append("\n\n");
        out.append("| measure | value | target | met |\n|---|---|---|---|\n");
    }

    void row(String... cells) {
        String[] padded = Arrays.copyOf(cells, 4);
        Arrays.setAll(padded, i -> padded[i] == null ? "" : padded[i]);
        out.append("| ").append(String.join(" | ", padded)).append(" |\n");
    }

    void endPart() {
        row("load average (1, 5, 15 min) at the end of this part", loadAverage());
        out.append("\n");
    }

    String text() {
        return out.toString();
    }

    void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, out);
    }

    /** The first three fields of /proc/loadavg: well above the core count means other work disturbed the run. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String yes(boolean met) {
        return met ? "yes" : "**no**";
    }

    static String format(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** Nearest rank, in nanoseconds; Long.MAX_VALUE when that rank is something never seen. */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Long.MAX_VALUE;
        }
        return sorted[Math.max(0, (int) Math.ceil(p * sorted.length) - 1)];
    }

    static String millis(long nanos) {
        if (nanos == Long.MAX_VALUE) {
            return "not seen";
        }
        return format(nanos < 100_000_000L ? "%.1f ms" : "%,.0f ms", nanos / 1e6);
    }

    /** "p50 …, p90 …, p99 …, max …" of sorted nanosecond latencies. */
    static String spread(long[] sorted) {
        return format("p50 %s, p90 %s, p99 %s, max %s", millis(percentile(sorted, 0.5)),
                millis(percentile(sorted, 0.9)), millis(percentile(sorted, 0.99)), millis(percentile(sorted, 1.0)));
    }
}
