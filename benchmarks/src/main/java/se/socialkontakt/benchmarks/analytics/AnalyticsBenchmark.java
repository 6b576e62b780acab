package se.socialkontakt.benchmarks.analytics;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.socialkontakt.benchmarks.ServerProcess;
import se.socialkontakt.benchmarks.http.ServerUnderTest;
import se.socialkontakt.events.Topics;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * How fast analytics-service ingests events, next to a raw Kafka consumer on the same records in the same run, and
 * how soon a published event shows in the figures API. Run on demand with {@code benchmarks/analytics.sh}.
 *
 * <p>The run's events are published first, as fast as the producer goes; then the raw consumer reads them, then
 * analytics-service is started and stores them. Each consumer thus reads the same backlog with the machine to
 * itself: run side by side, they would share two cores and each measure the other. Then the latency run.
 */
public final class AnalyticsBenchmark {
    private static final List<String> SUITE_TOPICS = List.of(Topics.CHAT, Topics.HOUSING, Topics.CONTACT,
            Topics.CRISIS);
    private static final List<String> FIGURE_PERIODS = List.of("DAY", "MONTH", "YEAR");

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AnalyticsOptions options = AnalyticsOptions.parse(args);
        if (!Files.isRegularFile(options.analyticsJar())) {
            throw new IllegalStateException(options.analyticsJar() + " is missing: package analytics-service first");
        }
        String table = run(options).table();
        System.out.println();
        System.out.println(table);
        Files.createDirectories(options.results().toAbsolutePath().getParent());
        Files.writeString(options.results(), table);
        log("written to %s", options.results());
    }

    private static AnalyticsReport run(AnalyticsOptions options) throws Exception {
        Instant now = Instant.now();
        LocalDate today = LocalDate.ofInstant(now, BenchEvents.ZONE);
        BenchEvents events = new BenchEvents(options, now);
        Backlog backlog = Backlog.mark(options.bootstrap(), SUITE_TOPICS.stream().map(options::topic).toList());
        String group = "analytics-bench-" + now.getEpochSecond();
        backlog.startGroupHere(group);

        log("publishing %,d events to the %s topics", options.events(), options.topicSuffix());
        Throughput published = publish(options, events);
        log("published: %s", published.describe());

        log("raw consumer: reading the run's records");
        Throughput raw = RawConsumer.count(options.bootstrap(), backlog, options.events());
        log("raw consumer: %s", raw.describe());

        List<ProducerRecord<String, byte[]>> background = events.records(LatencyRun.backgroundEvents(options),
                1_000);
        try (ServerProcess server = start(options, group);
                StoredEvents stored = new StoredEvents(options.database());
                FiguresApi api = new FiguresApi(options.port(), options.keycloakRealm())) {
            long rssBefore = server.rssKb();
            log("analytics-service ready (pid %d); waiting for it to store the run's events", server.pid());
            CpuUse before = CpuUse.now(server.pid());
            long waitStart = System.nanoTime();
            Throughput ingest = stored.waitFor(options.events());
            String ingestCpu = CpuUse.now(server.pid()).since(before, (System.nanoTime() - waitStart) / 1e9);
            log("analytics-service: %s (%s)", ingest.describe(), ingestCpu);

            log("latency run: %d events/s for %d s, every %d-th a probe", options.rate(),
                    options.latencyDuration().toSeconds(), options.probeEvery());
            LatencyRun.Result latency;
            try (KafkaProducer<String, byte[]> producer = BenchEvents.producer(options, 5)) {
                latency = new LatencyRun(options, api, today.minusYears(3)).run(producer, background);
            }
            long rssAfter = server.rssKb();
            Map<String, String> figureTimes = figureTimes(api, today);
            // Well above the core count means the figures were disturbed by other work on the machine.
            double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            return new AnalyticsReport(options, published, raw, ingest, ingestCpu, latency, figureTimes, rssBefore,
                    rssAfter, load);
        }
    }

    private static Throughput publish(AnalyticsOptions options, BenchEvents events) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = BenchEvents.producer(options, 20)) {
            events.generate(options.events(), 0, record -> producer.send(record, (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            }));
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed", failure.get());
        }
        return new Throughput(options.events(), (System.nanoTime() - start) / 1e9);
    }

    /** How long the API takes for today's day, month and year with all the run's events stored. */
    private static Map<String, String> figureTimes(FiguresApi api, LocalDate today) throws InterruptedException {
        Map<String, String> times = new LinkedHashMap<>();
        for (String period : FIGURE_PERIODS) {
            long start = System.nanoTime();
            try {
                api.figures(period, today, Duration.ofSeconds(120));
                times.put(period, String.format("%.0f ms", (System.nanoTime() - start) / 1e6));
            } catch (IOException e) {
                times.put(period, "failed: " + e.getMessage());
            }
        }
        return times;
    }

    private static ServerProcess start(AnalyticsOptions options, String group) throws IOException,
            InterruptedException {
        List<String> settings = new ArrayList<>(List.of(
                // A group of its own, whose committed offsets are this run's start (see Backlog).
                "-Dkafka.group.id=" + group,
                "-Dmp.messaging.outgoing.dead-letters.topic=" + options.topic("analytics-dead-letters")));
        for (String topic : SUITE_TOPICS) {
            settings.add("-Dmp.messaging.incoming." + topic + ".topic=" + options.topic(topic));
        }
        settings.addAll(options.analyticsOptions());
        return ServerUnderTest.quarkus("analytics-service", options.analyticsJar(), options.serverHeap(),
                options.port(), options.database(), settings, options.logs().resolve("analytics-service.log"));
    }

    static void log(String format, Object... args) {
        System.out.printf("==> " + format + "%n", args);
    }
}
