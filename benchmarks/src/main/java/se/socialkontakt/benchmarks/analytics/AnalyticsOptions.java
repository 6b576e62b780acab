package se.socialkontakt.benchmarks.analytics;

import se.socialkontakt.benchmarks.http.CommandLine;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Command-line options of {@link AnalyticsBenchmark}: {@code --name value} pairs, each with a default. */
record AnalyticsOptions(int events, List<Integer> rates, int catchUpEvents, String catchUpHeap, int scaleEvents,
        String scaleHeap, int scaleRequests, Duration latencyDuration, int probeEvery, Duration pollInterval,
        String serverHeap, Path analyticsJar, int port, String keycloakRealm, String database, String bootstrap,
        String topicSuffix, List<String> analyticsOptions, Path results, Path logs) {

    private static final String USAGE = """
            usage: AnalyticsBenchmark [--name value]...
              --events 1000000            ingest run: events published as fast as possible, then read by the raw
                                          consumer, the durable baseline and analytics-service (0: no ingest run)
              --rates 1000,5000           events per second of each latency run (open loop; 0: none)
              --catch-up-events 2000000   catch-up run: backlog read by analytics-service with --catch-up-heap (0: none)
              --catch-up-heap 384m        -Xmx of the catch-up run (deploy/run.sh's; the k8s pod has 75 % of 1 GiB)
              --scale-events 10000000     scale run: events over two years, then the figures API timed (0: none)
              --scale-heap 384m           -Xmx of the scale run (the service's default heap, deploy/run.sh)
              --scale-requests 200        timed requests per period in the scale run
              --latency-seconds 60        length of the latency run
              --probe-every 10            every n-th event of the latency run is a probe on a day of its own
              --poll-ms 100               how often the figures API is asked during the latency run (see README)
              --server-heap 1g            -Xmx of analytics-service in the ingest and latency runs
              --analytics-jar analytics-service/target/quarkus-app/quarkus-run.jar
              --port 18491                analytics-service's HTTP port (18081-18084, 18091, 18191-18391 are others')
              --keycloak http://localhost:8180/realms/socialkontakt
              --db jdbc:postgresql://localhost:5432/sk_analytics_bench   (cleaned at every start)
              --bootstrap localhost:9092
              --topic-suffix -bench       the run's topics: chat-events-bench, ... (never the real ones)
              --analytics-opts "-Dkey=value ..."   more system properties for analytics-service
              --results benchmarks/target/analytics-results.md  --logs benchmarks/target/logs""";

    private static final Map<String, String> DEFAULTS = Map.ofEntries(
            Map.entry("events", "1000000"),
            Map.entry("rates", "1000,5000"),
            Map.entry("catch-up-events", "2000000"),
            Map.entry("catch-up-heap", "384m"),
            Map.entry("scale-events", "10000000"),
            Map.entry("scale-heap", "384m"),
            Map.entry("scale-requests", "200"),
            Map.entry("latency-seconds", "60"),
            Map.entry("probe-every", "10"),
            Map.entry("poll-ms", "100"),
            Map.entry("server-heap", "1g"),
            Map.entry("analytics-jar", "analytics-service/target/quarkus-app/quarkus-run.jar"),
            Map.entry("port", "18491"),
            Map.entry("keycloak", "http://localhost:8180/realms/socialkontakt"),
            Map.entry("db", "jdbc:postgresql://localhost:5432/sk_analytics_bench"),
            Map.entry("bootstrap", "localhost:9092"),
            Map.entry("topic-suffix", "-bench"),
            Map.entry("analytics-opts", ""),
            Map.entry("results", "benchmarks/target/analytics-results.md"),
            Map.entry("logs", "benchmarks/target/logs"));

    /** The options, or the usage printed and the process exited (see CommandLine.parseOrExit). */
    static AnalyticsOptions parse(String[] args) {
        return CommandLine.parseOrExit(args, USAGE, DEFAULTS, AnalyticsOptions::from);
    }

    private static AnalyticsOptions from(CommandLine line) {
        String suffix = line.text("topic-suffix");
        if (suffix.isBlank()) {
            // An empty suffix would publish a million events to the topics the real analytics reads.
            throw new IllegalArgumentException("--topic-suffix must not be empty");
        }
        return new AnalyticsOptions(
                nonNegative(line, "events"),
                line.integers("rates").stream().filter(rate -> rate > 0).toList(),
                nonNegative(line, "catch-up-events"),
                line.text("catch-up-heap"),
                nonNegative(line, "scale-events"),
                line.text("scale-heap"),
                line.positive("scale-requests"),
                Duration.ofSeconds(line.positive("latency-seconds")),
                line.positive("probe-every"),
                Duration.ofMillis(line.positive("poll-ms")),
                line.text("server-heap"),
                line.path("analytics-jar"),
                line.positive("port"),
                line.text("keycloak"),
                line.text("db"),
                line.text("bootstrap"),
                suffix,
                line.words("analytics-opts"),
                line.path("results"),
                line.path("logs"));
    }

    private static int nonNegative(CommandLine line, String name) {
        int value = line.integer(name);
        if (value < 0) {
            throw new IllegalArgumentException("--" + name + " must not be negative");
        }
        return value;
    }

    /** The benchmark's own topic for one of the suite's topics. */
    String topic(String suiteTopic) {
        return suiteTopic + topicSuffix;
    }
}
