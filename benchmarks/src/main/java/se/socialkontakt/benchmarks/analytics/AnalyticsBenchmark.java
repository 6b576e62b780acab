package se.socialkontakt.benchmarks.analytics;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import se.socialkontakt.benchmarks.ServerProcess;
import se.socialkontakt.benchmarks.http.ServerUnderTest;
import se.socialkontakt.events.Topics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static se.socialkontakt.benchmarks.analytics.AnalyticsReport.format;
import static se.socialkontakt.benchmarks.analytics.AnalyticsReport.yes;

/**
 * analytics-service under load, in up to three parts, each selected by its option (0 leaves it out):
 *
 * <ol>
 * <li>Ingest and latency ({@code --events}, {@code --rates}): the run's events are published first, as fast as the
 * producer goes; then a raw consumer that only counts reads them, then the durable baseline ({@link DurableBaseline})
 * stores them, then analytics-service is started and stores them. Each reads the same backlog with the machine to
 * itself: run side by side, they would share two cores and each measure the other. Then, with the same service, the
 * publish-to-API latency at each rate.</li>
 * <li>Catch-up ({@code --catch-up-events}): a backlog waits in the topics; the service is started with the heap it
 * runs with in deploy/ and catches up; its highest heap, its rate and whether it ran out of memory.</li>
 * <li>Scale ({@code --scale-events}): events over two years are loaded through Kafka, then the figures API is timed
 * for a day, a month, a year and two years, every view with its year-earlier comparison.</li>
 * </ol>
 * Run on demand with {@code benchmarks/analytics.sh}.
 */
public final class AnalyticsBenchmark {
    private static final List<String> SUITE_TOPICS = List.of(Topics.CHAT, Topics.HOUSING, Topics.CONTACT,
            Topics.CRISIS);
    /** Seeds of the demo generator per part: no part's events repeat another part's. */
    private static final long LATENCY_SEEDS = 1_000;
    private static final long CATCH_UP_SEEDS = 2_000;
    private static final long SCALE_SEEDS = 3_000;
    private static final int SCALE_YEARS = 2;
    private static final int WARM_UP_REQUESTS = 10;

    private AnalyticsBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        AnalyticsOptions options = AnalyticsOptions.parse(args);
        if (!Files.isRegularFile(options.analyticsJar())) {
            throw new IllegalStateException(options.analyticsJar() + " is missing: package analytics-service first");
        }
        Instant now = Instant.now();
        BenchEvents events = new BenchEvents(options, now);
        AnalyticsReport report = new AnalyticsReport();
        try {
            if (options.events() > 0 || !options.rates().isEmpty()) {
                ingestAndLatency(options, events, now, report);
            }
            if (options.catchUpEvents() > 0) {
                catchUp(options, events, now, report);
            }
            if (options.scaleEvents() > 0) {
                scale(options, events, now, report);
            }
        } finally {
            System.out.println();
            System.out.println(report.text());
            report.write(options.results());
            log("written to %s", options.results());
        }
    }

    private static void ingestAndLatency(AnalyticsOptions options, BenchEvents events, Instant now,
            AnalyticsReport report) throws Exception {
        LocalDate today = LocalDate.ofInstant(now, BenchEvents.ZONE);
        report.part("Ingest and latency", format("""
                %,d events (the demo generator's mix of chat, housing and contact events) published, then read by a \
                raw Kafka consumer that only counts, then by the durable baseline (a plain Kafka consumer: each poll \
                of at most 500 records parsed, written in one transaction with one INSERT … ON CONFLICT (id) DO \
                NOTHING into a table with the columns and indexes of analytics' event table, then the poll's offsets \
                committed), then by analytics-service started fresh (-Xmx%s, database and topics of its own); each \
                read the same backlog with the machine to itself. Rates are from the first to the last record \
                counted or stored. Latency, with the same service: open loop at each rate for %d s, every %d-th \
                event a probe on a day of its own; from the probe's scheduled send to the end of the first figures \
                API poll (one every %d ms) that counts it.""", options.events(), options.serverHeap(),
                options.latencyDuration().toSeconds(), options.probeEvery(), options.pollInterval().toMillis()));
        Backlog backlog = backlog(options);
        String group = "analytics-service-bench-" + now.getEpochSecond();
        backlog.startGroupHere(group);
        Throughput durable = null;
        if (options.events() > 0) {
            publish(options, options.events(), report, sink -> events.generate(options.events(), 0, sink));
            log("raw consumer: reading the run's records");
            Throughput raw = RawConsumer.count(options.bootstrap(), backlog, options.events());
            log("raw consumer: %s", raw.describe());
            report.row("raw Kafka consumer that only counts (the old baseline)", raw.describe());
            log("durable baseline: storing the run's records");
            CpuUse before = CpuUse.now(ProcessHandle.current().pid());
            long start = System.nanoTime();
            durable = DurableBaseline.ingest(options.bootstrap(), backlog, options.events(), options.database());
            String cpu = CpuUse.now(ProcessHandle.current().pid()).since(before, (System.nanoTime() - start) / 1e9);
            log("durable baseline: %s (%s)", durable.describe(), cpu);
            report.row("durable baseline (the target's baseline)", durable.describe()
                    + (durable.events() == options.events() ? "" : " (INCOMPLETE)"));
            report.row("CPU while the durable baseline stored", cpu.replace("service", "baseline's JVM"));
        }
        try (ServerProcess server = start(options, group, options.serverHeap(), "analytics-service.log", List.of());
                StoredEvents stored = new StoredEvents(options.database());
                FiguresApi api = new FiguresApi(options.port(), options.keycloakRealm())) {
            long rssBefore = server.rssKb();
            if (options.events() > 0) {
                log("analytics-service ready (pid %d); waiting for it to store the run's events", server.pid());
                CpuUse before = CpuUse.now(server.pid());
                long waitStart = System.nanoTime();
                Throughput ingest = stored.waitFor(options.events());
                String cpu = CpuUse.now(server.pid()).since(before, (System.nanoTime() - waitStart) / 1e9);
                log("analytics-service: %s (%s)", ingest.describe(), cpu);
                boolean complete = ingest.events() == options.events();
                double ratio = durable.perSecond() > 0 ? ingest.perSecond() / durable.perSecond() : 0;
                report.row("analytics-service ingest", ingest.describe() + (complete ? "" : " (INCOMPLETE)"),
                        "≥ 50 % of the durable baseline", format("%s (%.1f %%)",
                                yes(complete && ratio >= AnalyticsReport.INGEST_TARGET), 100 * ratio));
                report.row("CPU while analytics-service ingested", cpu);
            }
            for (int k = 0; k < options.rates().size(); k++) {
                int rate = options.rates().get(k);
                latency(options, events, api, server.pid(), today.minusYears(3).minusDays(k), rate,
                        LATENCY_SEEDS + 100L * k, report);
            }
            report.row("server RSS at ready → at the end", format("%,d → %,d MB", rssBefore / 1024,
                    server.rssKb() / 1024));
        }
        report.endPart();
    }

    private static void latency(AnalyticsOptions options, BenchEvents events, FiguresApi api, long servicePid,
            LocalDate probeDay, int rate, long seeds, AnalyticsReport report) throws IOException, InterruptedException {
        List<ProducerRecord<String, byte[]>> background = events.records(LatencyRun.backgroundEvents(options, rate),
                seeds);
        log("latency run: %d events/s for %d s, every %d-th a probe", rate, options.latencyDuration().toSeconds(),
                options.probeEvery());
        String loadBefore = AnalyticsReport.loadAverage();
        LatencyRun.Result latency;
        // The benchmark's own JVM publishes and polls: its share of the two cores is part of the picture.
        CpuUse serviceBefore = CpuUse.now(servicePid);
        CpuUse benchmarkBefore = CpuUse.now(ProcessHandle.current().pid());
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = BenchEvents.producer(options, 5)) {
            latency = new LatencyRun(options, api, probeDay, rate).run(producer, background);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        CpuUse service = CpuUse.now(servicePid);
        String cpu = format("service %.2f cores, benchmark's JVM (producer and poller) %.2f cores, machine %.0f %% busy",
                service.cores(serviceBefore, seconds),
                CpuUse.now(ProcessHandle.current().pid()).cores(benchmarkBefore, seconds),
                service.machineBusyPercent(serviceBefore));
        long[] sorted = latency.sorted();
        long p99 = AnalyticsReport.percentile(sorted, 0.99);
        boolean met = latency.seen() == latency.probes() && p99 / 1e6 < AnalyticsReport.LATENCY_P99_TARGET_MS;
        log("latency at %d/s: %s", rate, AnalyticsReport.spread(sorted));
        log("latency at %d/s through the run (median/highest of the probes sent in each 10 s): %s", rate,
                latency.timeline(10));
        report.row(format("publish → visible in the API at %,d/s", rate), format("%s (%,d probes, %,d seen)",
                AnalyticsReport.spread(sorted), latency.probes(), latency.seen()), "p99 < 1,000 ms", yes(met));
        report.row(format("  at %,d/s: poll interval; mean poll round trip; polls (failed); send lag max; load "
                + "before → after", rate), format("%d ms; %.1f ms; %,d (%d); %.1f ms; %s → %s",
                options.pollInterval().toMillis(), latency.meanPollMs(), latency.polls(), latency.pollFailures(),
                latency.maxSendLagMs(), loadBefore, AnalyticsReport.loadAverage()));
        report.row(format("  at %,d/s: median/highest latency of the probes sent in each 10 s", rate),
                latency.timeline(10), "", "");
        report.row(format("  at %,d/s: CPU", rate), cpu);
    }

    private static void catchUp(AnalyticsOptions options, BenchEvents events, Instant now, AnalyticsReport report)
            throws Exception {
        report.part("Catch-up", format("""
                %,d events published while no analytics-service reads them, then analytics-service started fresh \
                with -Xmx%s and left to catch up. Highest heap: sampled every second with jstat -gc (from ready on), \
                and the heap in use before each collection from its GC log (-Xlog:gc, from the start). Rate from the \
                first to the last event stored.""", options.catchUpEvents(), options.catchUpHeap()));
        Backlog backlog = backlog(options);
        String group = "analytics-service-bench-catch-up-" + now.getEpochSecond();
        backlog.startGroupHere(group);
        publish(options, options.catchUpEvents(), report,
                sink -> events.generate(options.catchUpEvents(), CATCH_UP_SEEDS, sink));
        catchUpWithHeap(options, group, options.catchUpHeap(), options.catchUpEvents(), "catch-up", report).close();
        report.endPart();
    }

    /**
     * Starts the service on a waiting backlog, watches its heap while it catches up, and reports; returns it running
     * (the caller stops it).
     */
    private static ServerProcess catchUpWithHeap(AnalyticsOptions options, String group, String heap, int expected,
            String name, AnalyticsReport report) throws Exception {
        Path log = options.logs().resolve("analytics-service-" + name + ".log");
        Path gcLog = options.logs().resolve("analytics-service-" + name + "-gc.log");
        Files.deleteIfExists(gcLog);
        ServerProcess server = start(options, group, heap, log.getFileName().toString(),
                List.of(HeapWatch.gcLogOption(gcLog)));
        try (HeapWatch heapWatch = HeapWatch.start(server.pid());
                StoredEvents stored = new StoredEvents(options.database())) {
            log("analytics-service ready (pid %d, -Xmx%s); waiting for it to catch up %,d events", server.pid(),
                    heap, expected);
            CpuUse before = CpuUse.now(server.pid());
            long waitStart = System.nanoTime();
            Throughput ingest = stored.waitFor(expected);
            String cpu = CpuUse.now(server.pid()).since(before, (System.nanoTime() - waitStart) / 1e9);
            boolean complete = ingest.events() == expected;
            boolean alive = server.isAlive();
            boolean oom = HeapWatch.outOfMemory(log);
            log("analytics-service caught up: %s (%s); highest heap sampled %.0f MB", ingest.describe(), cpu,
                    heapWatch.maxSampledMb());
            report.row(name + ": analytics-service ingest", ingest.describe() + (complete ? "" : " (INCOMPLETE)"),
                    "all stored", yes(complete));
            report.row(name + ": CPU", cpu);
            report.row(name + ": highest heap used, sampled every second (jstat)", format("%,.0f MB of %s (%,d "
                    + "samples)", heapWatch.maxSampledMb(), heap, heapWatch.samples()));
            report.row(name + ": highest heap used, GC log", HeapWatch.fromGcLog(gcLog));
            report.row(name + ": OutOfMemoryError in the log; process alive at the end",
                    (oom ? "**yes**" : "none") + "; " + (alive ? "yes" : "**no**"), "none; yes", yes(!oom && alive));
            return server;
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    private static void scale(AnalyticsOptions options, BenchEvents events, Instant now, AnalyticsReport report)
            throws Exception {
        LocalDate today = LocalDate.ofInstant(now, BenchEvents.ZONE);
        report.part("Scale", format("""
                %,d events (the demo generator's mix, a year per seed, every other seed's year a year earlier: two \
                years up to today) published through Kafka and stored by analytics-service started fresh with \
                -Xmx%s; then the figures API (GET /api/figures as manager) timed, %,d requests per period one after \
                the other after %d untimed: DAY over the two years' days, MONTH over their months, YEAR over both \
                years, each view with its year-earlier comparison. The API has no two-year period: "two years" is two \
                consecutive YEAR views (this year and last), timed together. Every request names a unit no event \
                has (unit=BENCHn), so each misses the figures cache and reads the aggregates (a repeated view \
                answers from the cache); the requests take turns at the unit alone, a channel too, and a channel, \
                category and target group too, since the database sums away the dimensions a view does not \
                narrow or break down by.""",
                options.scaleEvents(), options.scaleHeap(), options.scaleRequests(), WARM_UP_REQUESTS));
        Backlog backlog = backlog(options);
        String group = "analytics-service-bench-scale-" + now.getEpochSecond();
        backlog.startGroupHere(group);
        publish(options, options.scaleEvents(), report,
                sink -> events.generate(options.scaleEvents(), SCALE_SEEDS, SCALE_YEARS, sink));
        try (ServerProcess server = catchUpWithHeap(options, group, options.scaleHeap(), options.scaleEvents(),
                "scale", report);
                FiguresApi api = new FiguresApi(options.port(), options.keycloakRealm())) {
            long rssBefore = server.rssKb();
            FigureTimes times = new FigureTimes(api, today, options.scaleRequests(), WARM_UP_REQUESTS);
            for (FigureTimes.View view : FigureTimes.View.values()) {
                long[] sorted = times.time(view);
                long p99 = AnalyticsReport.percentile(sorted, 0.99);
                log("figures API, %s: %s", view.label(), AnalyticsReport.spread(sorted));
                report.row("figures API: " + view.label(), AnalyticsReport.spread(sorted) + format(" (%,d requests, "
                        + "%d failed)", sorted.length, times.failures()), "p99 < 250 ms",
                        yes(times.failures() == 0 && p99 / 1e6 < AnalyticsReport.FIGURES_P99_TARGET_MS));
            }
            report.row("scale: figures of this year (unfiltered), sample", times.sample());
            report.row("scale: server RSS after catch-up → after the timed requests", format("%,d → %,d MB",
                    rssBefore / 1024, server.rssKb() / 1024));
        }
        report.endPart();
    }

    private static Backlog backlog(AnalyticsOptions options) throws Exception {
        return Backlog.mark(options.bootstrap(), SUITE_TOPICS.stream().map(options::topic).toList());
    }

    private interface Generator {
        void generate(java.util.function.Consumer<ProducerRecord<String, byte[]>> sink);
    }

    private static void publish(AnalyticsOptions options, int count, AnalyticsReport report, Generator generator) {
        log("publishing %,d events to the %s topics", count, options.topicSuffix());
        AtomicReference<Exception> failure = new AtomicReference<>();
        long start = System.nanoTime();
        try (KafkaProducer<String, byte[]> producer = BenchEvents.producer(options, 20)) {
            generator.generate(record -> producer.send(record, (metadata, e) -> {
                if (e != null) {
                    failure.compareAndSet(null, e);
                }
            }));
            producer.flush();
        }
        if (failure.get() != null) {
            throw new IllegalStateException("publishing failed", failure.get());
        }
        Throughput published = new Throughput(count, (System.nanoTime() - start) / 1e9);
        log("published: %s", published.describe());
        report.row("published (generation included)", published.describe());
    }

    private static ServerProcess start(AnalyticsOptions options, String group, String heap, String logName,
            List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> settings = new ArrayList<>(jvmOptions);
        // A group of its own, whose committed offsets are this part's start (see Backlog).
        settings.add("-Dkafka.group.id=" + group);
        settings.add("-Dmp.messaging.outgoing.dead-letters.topic=" + options.topic("analytics-dead-letters"));
        for (String topic : SUITE_TOPICS) {
            settings.add("-Dmp.messaging.incoming." + topic + ".topic=" + options.topic(topic));
        }
        settings.addAll(options.analyticsOptions());
        return ServerUnderTest.quarkus("analytics-service", options.analyticsJar(), heap, options.port(),
                options.database(), settings, options.logs().resolve(logName));
    }

    static void log(String format, Object... args) {
        System.out.printf("==> " + format + "%n", args);
    }
}
