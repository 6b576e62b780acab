package se.socialkontakt.systemtest.chaos;

import se.socialkontakt.testsupport.KafkaPrincipals;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The suite of deploy/run.sh --ha, started and stopped by its own scripts: two instances of each service behind
 * HAProxy on 8081-8084, three Kafka brokers. Processes are found through the pid files the scripts write, and started
 * again through the scripts, with the command and environment the suite started them with.
 */
public final class Topology implements AutoCloseable {
    public static final List<String> INSTANCES = List.of("chat-service", "eservice-housing", "contact-center-service",
            "analytics-service").stream().flatMap(service -> IntStream.of(1, 2).mapToObj(n -> service + "-" + n))
            .toList();
    public static final String KAFKA_BOOTSTRAP = "localhost:9192,localhost:9292,localhost:9392";
    private static final List<Integer> PUBLIC_PORTS = List.of(8081, 8082, 8083, 8084);
    /**
     * The harness plays many young people, residents and visitors from one address, with two demo counsellors: the
     * per-address limits and the counsellors' number of places would refuse most of its load.
     */
    private static final Map<String, String> LOAD_SETTINGS = Map.of(
            "SOCIALKONTAKT_CHAT_REQUESTS_BURST", "100000",
            "SOCIALKONTAKT_FORMS_BURST", "100000",
            "SOCIALKONTAKT_CHAT_COUNSELLOR_MAX_CONVERSATIONS", "1000",
            "SOCIALKONTAKT_CHAT_QUEUE_CLOSES_BEFORE", "0S");

    private final Path root;
    private final Path log;

    private Topology(Path root) {
        this.root = root;
        this.log = root.resolve("system-tests/target/chaos-topology.log");
    }

    /**
     * Starts the suite from the packaged services. A suite already answering on the public ports is a developer's:
     * the harness neither uses nor stops it.
     */
    public static Topology start(Path root) throws IOException, InterruptedException {
        List<Integer> taken = PUBLIC_PORTS.stream().filter(Topology::answers).toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("Ports " + taken + " already answer: a suite is running there. The fault "
                    + "harness starts its own (deploy/run.sh --ha) and does not touch a running one: stop it first "
                    + "(deploy/stop.sh).");
        }
        Topology topology = new Topology(root);
        Files.createDirectories(topology.log.getParent());
        try {
            topology.run("deploy/run.sh", "--ha", "--detach", "--no-build");
        } catch (IllegalStateException notStarted) {
            topology.close();
            throw notStarted;
        }
        return topology;
    }

    public Map<String, Object> kafkaAdmin(Object... settings) {
        return KafkaPrincipals.admin(KAFKA_BOOTSTRAP, settings);
    }

    /** The pid deploy/lib/common.sh's sk_start_bg recorded for the process of that name. */
    long pidOf(String name) throws IOException {
        return Long.parseLong(Files.readAllLines(root.resolve(".run/pids/" + name + ".pid")).getFirst().strip());
    }

    void restartInstance(String instance) throws IOException, InterruptedException {
        run("deploy/run.sh", "--restart-instance", instance);
    }

    /** Starts whichever node of the cluster is not running, and returns when the cluster serves its topics. */
    void startMissingKafkaNodes() throws IOException, InterruptedException {
        run(Map.of("KAFKA_NODES", "3"), "deploy/infra/kafka.sh", "start");
    }

    /**
     * Starts PostgreSQL as deploy/infra/postgres.sh does. Its marker says that the scripts started the server, so
     * that they stop it later; the harness only restarts what was there, so the marker stays as it was.
     */
    void startPostgres() throws IOException, InterruptedException {
        Path marker = root.resolve(".run/pids/postgres.started");
        boolean markedBefore = Files.exists(marker);
        run("deploy/infra/postgres.sh", "start");
        if (!markedBefore) {
            Files.deleteIfExists(marker);
        }
    }

    Path root() {
        return root;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("deploy/stop.sh");
    }

    private void run(String script, String... arguments) throws IOException, InterruptedException {
        run(Map.of(), script, arguments);
    }

    private void run(Map<String, String> environment, String script, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve(script).toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(LOAD_SETTINGS);
        builder.environment().putAll(environment);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(script + " " + String.join(" ", arguments) + " failed (exit " + exit
                    + "), see " + log + " and " + root.resolve(".run/logs"));
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException closed) {
            return false;
        }
    }
}
