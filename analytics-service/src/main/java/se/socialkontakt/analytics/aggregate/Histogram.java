package se.socialkontakt.analytics.aggregate;

import java.util.Map;
import java.util.NavigableMap;

/**
 * A mergeable histogram of whole numbers (minutes, seconds, working days), so that medians and 90th percentiles of any
 * period can be read from day cells. Values up to {@value #EXACT_UP_TO} have a bucket each and come back exactly;
 * larger ones fall into logarithmic buckets whose representative is within {@value #RELATIVE_ERROR} (0.5 %) of every
 * value in the bucket. The figures' definitions (Stats: the median of an even count is the mean of the middle two, the
 * 90th percentile is the nearest rank) are applied to the bucket values, so a median or p90 is exact when its values
 * are at most 1,000 and otherwise within 0.5 % of the exact one. Hand-written rather than a sketch library: the
 * buckets must be plain integers that PostgreSQL sums in the aggregate table, which DDSketch or HdrHistogram do not
 * give without a binary encoding per row.
 */
public final class Histogram {
    static final int EXACT_UP_TO = 1000;
    static final double RELATIVE_ERROR = 0.005;
    private static final double GAMMA = (1 + RELATIVE_ERROR) / (1 - RELATIVE_ERROR);
    private static final double LOG_GAMMA = Math.log(GAMMA);

    private Histogram() {
    }

    public static int bucket(long value) {
        if (value <= EXACT_UP_TO) {
            return (int) Math.max(value, Integer.MIN_VALUE);
        }
        return EXACT_UP_TO + (int) Math.ceil(Math.log((double) value / EXACT_UP_TO) / LOG_GAMMA);
    }

    /** The value a bucket stands for: the value itself, or the point of least relative error in its range. */
    public static double value(int bucket) {
        if (bucket <= EXACT_UP_TO) {
            return bucket;
        }
        return EXACT_UP_TO * 2 * Math.pow(GAMMA, bucket - EXACT_UP_TO) / (GAMMA + 1);
    }

    public static long count(Map<Integer, Long> counts) {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    public static double median(NavigableMap<Integer, Long> counts) {
        long n = count(counts);
        if (n == 0) {
            throw new IllegalArgumentException("No median of nothing");
        }
        return n % 2 == 1 ? atRank(counts, (n + 1) / 2) : (atRank(counts, n / 2) + atRank(counts, n / 2 + 1)) / 2.0;
    }

    public static double p90(NavigableMap<Integer, Long> counts) {
        long n = count(counts);
        if (n == 0) {
            throw new IllegalArgumentException("No percentile of nothing");
        }
        return atRank(counts, Math.max(1, (long) Math.ceil(0.9 * n)));
    }

    /** The value at a 1-based rank in ascending order. */
    private static double atRank(NavigableMap<Integer, Long> counts, long rank) {
        long seen = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return value(entry.getKey());
            }
        }
        throw new IllegalStateException("Rank " + rank + " beyond " + seen + " values");
    }
}
