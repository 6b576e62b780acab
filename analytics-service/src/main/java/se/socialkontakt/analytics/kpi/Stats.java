package se.socialkontakt.analytics.kpi;

import java.util.List;

/**
 * The statistics the follow-up uses, defined once: the median of an even count is the mean of the middle two; the
 * 90th percentile is the nearest rank (the value at position ⌈0.9·n⌉ in ascending order), so it is always a value
 * that occurred.
 */
public final class Stats {
    private Stats() {
    }

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No median of nothing");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    public static double p90(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("No percentile of nothing");
        }
        List<Double> sorted = values.stream().sorted().toList();
        int rank = (int) Math.ceil(0.9 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }
}
