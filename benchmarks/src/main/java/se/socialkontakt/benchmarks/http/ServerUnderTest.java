package se.socialkontakt.benchmarks.http;

import se.socialkontakt.benchmarks.ServerProcess;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a server under test in a JVM of its own with the same heap limit for all, so that their RSS compares: a
 * packaged Quarkus service, or the {@link FixedResponseServer} baseline.
 */
public final class ServerUnderTest {
    /** Appended to every topic the service's outbox relay publishes to. */
    public static final String TOPIC_SUFFIX = "-bench";

    private ServerUnderTest() {
    }

    /**
     * A service from its {@code quarkus-run.jar} with the benchmark's options {@code --port}, {@code --db},
     * {@code --server-heap} and {@code --logs}; see {@link #quarkus}.
     */
    public static ServerProcess service(String name, CommandLine options, String jarOption, List<String> settings,
            String logName) throws IOException, InterruptedException {
        return quarkus(name, options.path(jarOption), options.text("server-heap"), options.integer("port"),
                options.loopbackUrl("db"), settings, options.path("logs").resolve(logName));
    }

    /**
     * A packaged Quarkus service on its own port and loopback only, with a database of its own that Flyway empties
     * at every start (runs never see each other's data, and never demo or test data), ready when its readiness check
     * answers.
     *
     * <p>The outbox relay publishes the run's events to the benchmark topics ({@code socialkontakt.outbox.topic-suffix}
     * {@value #TOPIC_SUFFIX}: {@code housing-events-bench} and so on), never to the suite's real topics, so the local
     * analytics never counts them; the scripts create those topics.
     */
    public static ServerProcess quarkus(String name, Path jar, String heap, int port, String jdbcUrl,
            List<String> settings, Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: package " + name + " first");
        }
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx" + heap,
                // The production build with the demo's secrets, as the run command starts it.
                "-Dquarkus.profile=prod,demo",
                // The load comes from one address: chat-service's limit on new conversations per address is off.
                "-Dsocialkontakt.chat.requests.burst=10000000",
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                // Health is on the management interface, on loopback too: the public port + 1000.
                "-Dquarkus.management.host=127.0.0.1",
                "-Dquarkus.management.port=" + (port + 1000),
                "-Dquarkus.datasource.jdbc.url=" + jdbcUrl,
                "-Dquarkus.flyway.clean-at-start=true",
                "-Dquarkus.flyway.clean-disabled=false",
                "-Dsocialkontakt.outbox.topic-suffix=" + TOPIC_SUFFIX));
        command.addAll(settings);
        command.addAll(List.of("-jar", jar.toString()));
        return ServerProcess.start(name, command, log, URI.create("http://127.0.0.1:" + (port + 1000) + "/q/health/ready"),
                Duration.ofSeconds(120));
    }

    /** The raw baseline, answering every request with a JSON body of {@code bodyBytes} and the given status. */
    public static ServerProcess fixedResponse(int port, int bodyBytes, int status, String heap, Path log)
            throws IOException, InterruptedException {
        List<String> command = List.of(java(), "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                FixedResponseServer.class.getName(), Integer.toString(port), Integer.toString(bodyBytes),
                Integer.toString(status));
        return ServerProcess.start("raw Vert.x server", command, log, URI.create("http://127.0.0.1:" + port + "/ready"),
                Duration.ofSeconds(30));
    }

    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
