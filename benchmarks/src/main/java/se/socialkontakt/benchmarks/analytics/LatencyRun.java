package se.socialkontakt.benchmarks.analytics;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.FaqArticleViewed;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;

/**
 * Publish-to-visible latency at a steady rate: events are sent open loop (on a fixed schedule, whatever the
 * broker or service does), and every n-th is a probe, an FAQ view of one article on a day no other event has. The
 * figure {@code faq.views} of that day then counts exactly the probes stored, so a poll that sees the count reach
 * k tells that k probes are visible, taken to be the first k sent: the probes share one key, hence one partition, so
 * only two batches of it stored side by side can swap neighbouring probes. Latency is from the probe's scheduled
 * send time to the end of the first poll that shows it; the poll's round trip is the resolution.
 */
final class LatencyRun {
    static final String FIGURE = "faq.views";
    /** Figures below five events are suppressed, so five probes are stored first and the count is visible. */
    private static final int PRIMED = 5;
    private static final URI SOURCE = URI.create("/socialkontakt/benchmarks");
    private static final UUID ARTICLE = UUID.nameUUIDFromBytes("analytics benchmark probe".getBytes());

    /** @param latenciesNanos per probe in the order sent; Long.MAX_VALUE for one never seen */
    record Result(long[] latenciesNanos, int probes, int seen, int polls, int pollFailures, double meanPollMs,
            double maxSendLagMs, int probesPerSecond) {
        long[] sorted() {
            long[] sorted = latenciesNanos.clone();
            Arrays.sort(sorted);
            return sorted;
        }

        /**
         * The median and the highest latency of the probes sent in each window of the run, "0-10 s: 310/820 ms":
         * whether the latency grows through the run (the service falls behind) or comes in bursts (stalls).
         */
        String timeline(int windowSeconds) {
            int perWindow = Math.max(1, probesPerSecond * windowSeconds);
            StringBuilder line = new StringBuilder();
            for (int from = 0; from < latenciesNanos.length; from += perWindow) {
                long[] window = Arrays.copyOfRange(latenciesNanos, from, Math.min(latenciesNanos.length,
                        from + perWindow));
                Arrays.sort(window);
                line.append(line.isEmpty() ? "" : "; ").append(String.format("%d-%d s: %s/%s ms",
                        from / perWindow * windowSeconds, (from / perWindow + 1) * windowSeconds,
                        millis(window[window.length / 2]), millis(window[window.length - 1])));
            }
            return line.toString();
        }

        private static String millis(long nanos) {
            return nanos == Long.MAX_VALUE ? "never" : String.format("%,d", nanos / 1_000_000);
        }
    }

    private final AnalyticsOptions options;
    private final FiguresApi api;
    private final LocalDate probeDay;
    private final int rate;

    LatencyRun(AnalyticsOptions options, FiguresApi api, LocalDate probeDay, int rate) {
        this.options = options;
        this.api = api;
        this.probeDay = probeDay;
        this.rate = rate;
    }

    /** How many of the run's events are not probes: the caller generates them beforehand. */
    static int backgroundEvents(AnalyticsOptions options, int rate) {
        int total = total(options, rate);
        return total - (total + options.probeEvery() - 1) / options.probeEvery();
    }

    private static int total(AnalyticsOptions options, int rate) {
        return Math.toIntExact(rate * options.latencyDuration().toSeconds());
    }

    Result run(KafkaProducer<String, byte[]> producer, List<ProducerRecord<String, byte[]>> background)
            throws IOException, InterruptedException {
        prime(producer);
        int total = total(options, rate);
        int probes = total - background.size();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime() + 100_000_000L;
        Poller poller = new Poller(probes, start, periodNanos * options.probeEvery(),
                start + options.latencyDuration().toNanos() + Duration.ofSeconds(30).toNanos());
        Thread polling = Thread.ofPlatform().name("figures poller").start(poller);
        long maxLag = 0;
        int next = 0;
        for (int i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            LockSupport.parkNanos(due - System.nanoTime());
            maxLag = Math.max(maxLag, System.nanoTime() - due);
            producer.send(i % options.probeEvery() == 0 ? probe(i / options.probeEvery())
                    : background.get(next++));
        }
        producer.flush();
        polling.join();
        return new Result(poller.latencies(), probes, poller.seen, poller.polls, poller.failures,
                poller.pollNanos / 1e6 / Math.max(1, poller.polls), maxLag / 1e6, rate / options.probeEvery());
    }

    private void prime(KafkaProducer<String, byte[]> producer) throws IOException, InterruptedException {
        for (int i = 0; i < PRIMED; i++) {
            producer.send(probe(-1 - i));
        }
        producer.flush();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (FiguresApi.count(api.figures("DAY", probeDay, Duration.ofSeconds(10)), FIGURE) < PRIMED) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the primed probes were not visible within 60 s");
            }
            Thread.sleep(100);
        }
    }

    private ProducerRecord<String, byte[]> probe(int number) {
        Instant at = probeDay.atTime(12, 0).atZone(BenchEvents.ZONE).toInstant().plusMillis(number);
        return new ProducerRecord<>(options.topic("contact-events"), ARTICLE.toString(), EventEnvelope.serialize(
                EventEnvelope.wrap(SOURCE, new FaqArticleViewed(ARTICLE, at), at, UUID.randomUUID().toString())));
    }

    /** Polls the figure and notes when each probe became visible; runs until all are seen or the deadline. */
    private final class Poller implements Runnable {
        private final long[] scheduled;
        private final long[] visible;
        private final long deadline;
        private long pollNanos;
        private int seen;
        private int polls;
        private int failures;

        Poller(int probes, long start, long probeIntervalNanos, long deadline) {
            this.scheduled = new long[probes];
            Arrays.setAll(scheduled, k -> start + k * probeIntervalNanos);
            this.visible = new long[probes];
            this.deadline = deadline;
        }

        @Override
        public void run() {
            long next = System.nanoTime();
            while (seen < visible.length && System.nanoTime() < deadline) {
                long asked = System.nanoTime();
                try {
                    long stored = FiguresApi.count(api.figures("DAY", probeDay, Duration.ofSeconds(10)), FIGURE);
                    long answered = System.nanoTime();
                    while (seen < visible.length && seen < stored - PRIMED) {
                        visible[seen++] = answered;
                    }
                    pollNanos += answered - asked;
                    polls++;
                } catch (IOException e) {
                    failures++;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                next = Math.max(next + options.pollInterval().toNanos(), System.nanoTime());
                LockSupport.parkNanos(next - System.nanoTime());
            }
        }

        /** Per probe in the order sent, scheduled send to visible; a probe never seen counts as Long.MAX_VALUE. */
        long[] latencies() {
            long[] latencies = new long[visible.length];
            Arrays.setAll(latencies, k -> k < seen ? Math.max(0, visible[k] - scheduled[k]) : Long.MAX_VALUE);
            return latencies;
        }
    }
}
