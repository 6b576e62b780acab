package se.socialkontakt.benchmarks.analytics;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * The figures API timed per view over the scale run's two years, one request after the other. Each request names a
 * unit no event has, so the figures cache (keyed by period and filters) never answers: the aggregates are read and
 * summed every time, as for a view nobody asked for before. The requests take turns at three filterings, since what
 * the database sums away depends on them: the unit alone, a channel too, and a channel, category and target group too
 * (every dimension of a contact case kept apart).
 */
final class FigureTimes {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String[] CASE_FILTERS = { "", "&channel=PHONE",
            "&channel=EMAIL&category=ELDERLY_CARE&targetGroup=RELATIVES" };

    enum View {
        DAY("a day"), MONTH("a month"), YEAR("a year"), TWO_YEARS("two years (two consecutive YEAR views)");

        private final String label;

        View(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    private final FiguresApi api;
    private final LocalDate today;
    private final int requests;
    private final int warmUp;
    private int unit;
    private int failures;

    FigureTimes(FiguresApi api, LocalDate today, int requests, int warmUp) {
        this.api = api;
        this.today = today;
        this.requests = requests;
        this.warmUp = warmUp;
    }

    /** Sorted nanoseconds of the view's timed requests; a failed request counts as Long.MAX_VALUE. */
    long[] time(View view) throws InterruptedException {
        failures = 0;
        for (int i = 0; i < warmUp; i++) {
            request(view, i);
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            nanos[i] = request(view, i);
        }
        Arrays.sort(nanos);
        return nanos;
    }

    int failures() {
        return failures;
    }

    /** This year's unfiltered view, in short: how many figures it has and a few of their values. */
    String sample() throws InterruptedException {
        try {
            JsonNode view = api.figures("YEAR", today, TIMEOUT);
            StringBuilder out = new StringBuilder().append(view.path("figures").size()).append(" figures");
            for (String key : new String[] {"contacts.total", "chat.answered", "faq.views"}) {
                out.append(", ").append(key).append(" ").append(FiguresApi.count(view, key));
            }
            return out.toString();
        } catch (IOException e) {
            return "failed: " + e.getMessage();
        }
    }

    private long request(View view, int i) throws InterruptedException {
        String filters = "&unit=BENCH" + unit + CASE_FILTERS[unit % CASE_FILTERS.length];
        unit++;
        long start = System.nanoTime();
        try {
            switch (view) {
                case DAY -> api.figures("DAY", today.minusDays(i % 730), filters, TIMEOUT);
                case MONTH -> api.figures("MONTH", today.minusMonths(i % 24), filters, TIMEOUT);
                case YEAR -> api.figures("YEAR", today.minusYears(i % 2), filters, TIMEOUT);
                case TWO_YEARS -> {
                    api.figures("YEAR", today, filters, TIMEOUT);
                    api.figures("YEAR", today.minusYears(1), filters, TIMEOUT);
                }
            }
            return System.nanoTime() - start;
        } catch (IOException e) {
            failures++;
            return Long.MAX_VALUE;
        }
    }
}
