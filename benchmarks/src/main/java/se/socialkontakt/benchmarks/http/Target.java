package se.socialkontakt.benchmarks.http;

import java.util.List;
import java.util.Locale;

/** An issue's latency target, checked against the measured rows: met only with no failed request either. */
public record Target(String server, double rate, double p99Ms, String what) {

    public String verdict(List<LatencyTable.Row> rows) {
        return rows.stream().filter(row -> row.server().equals(server) && row.m().rate() == rate).findFirst()
                .map(row -> {
                    double p99 = row.m().latency().getTotalCount() == 0 ? Double.MAX_VALUE
                            : row.m().latency().getValueAtPercentile(99) / 1e6;
                    boolean met = p99 < p99Ms && row.m().failed() == 0;
                    return String.format(Locale.ROOT, "target p99 < %.0f ms at %.0f %s/s: %s (p99 %s ms, %d failed)",
                            p99Ms, rate, what, met ? "**met**" : "**NOT met**", LatencyTable.ms(row.m().latency(), 99),
                            row.m().failed());
                })
                .orElse(String.format(Locale.ROOT, "target at %.0f %s/s: not measured", rate, what));
    }
}
