package se.socialkontakt.benchmarks.http;

import org.HdrHistogram.Histogram;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The Markdown table every HTTP benchmark prints and writes: one row per server and step, open-loop figures. */
public final class LatencyTable {
    /** One measured step; rss is the server's VmRSS at its end (-1: not a server process, e.g. bare JDBC). */
    public record Row(String server, OpenLoop.Measurement m, long rssKb, String loadAverage) {
    }

    private final String title;
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public LatencyTable(String title) {
        this.title = title;
    }

    public void add(List<Row> measured) {
        rows.addAll(measured);
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    public void note(String format, Object... args) {
        notes.add(String.format(Locale.ROOT, format, args));
    }

    /** Rows by offered rate, the servers of one rate together in the order they were added. */
    public String markdown() {
        rows.sort(Comparator.comparingDouble(row -> row.m().rate()));
        StringBuilder out = new StringBuilder("### ").append(title).append("\n\n")
                .append("| offered /s | server | sent | ok | failed | ok /s | p50 ms"
                        + " | p90 ms | p99 ms | max ms | send lag p99 ms | RSS MB | load avg |\n")
                .append("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Row row : rows) {
            OpenLoop.Measurement m = row.m();
            out.append(String.format(Locale.ROOT, "| %.0f | %s | %d | %d | %d | %.0f | %s | %s | %s | %s | %s | %s"
                            + " | %s |%n", m.rate(), row.server(), m.sent(), m.ok(), m.failed(),
                    m.okPerSecond(), ms(m.latency(), 50), ms(m.latency(), 90), ms(m.latency(), 99),
                    ms(m.latency(), 100), ms(m.sendLag(), 99), row.rssKb() < 0 ? "-" : row.rssKb() / 1024,
                    row.loadAverage()));
        }
        out.append('\n');
        for (Row row : rows) {
            OpenLoop.Measurement m = row.m();
            if (m.failed() > 0) {
                out.append(String.format(Locale.ROOT, "- %s at %.0f/s: failed %s%s%s%n", row.server(), m.rate(),
                        m.failures().entrySet().stream().map(e -> e.getKey() + " × " + e.getValue())
                                .collect(Collectors.joining(", ")),
                        m.unanswered() > 0 ? "; unanswered × " + m.unanswered() : "",
                        m.sent() < m.scheduled() ? "; not sent (client fell behind) × " + (m.scheduled() - m.sent())
                                : ""));
            }
        }
        notes.forEach(note -> out.append("- ").append(note).append('\n'));
        return out.toString();
    }

    /** Prints the report and writes it to the file. */
    public static void publish(Path file, String report) throws IOException {
        System.out.println();
        System.out.println(report);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, report);
        Machine.log("written to %s", file);
    }

    public static String ms(Histogram h, double percentile) {
        if (h.getTotalCount() == 0) {
            return "-";
        }
        long nanos = percentile >= 100 ? h.getMaxValue() : h.getValueAtPercentile(percentile);
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
