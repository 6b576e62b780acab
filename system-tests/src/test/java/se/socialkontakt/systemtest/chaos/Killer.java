package se.socialkontakt.systemtest.chaos;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.Node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Kills one process of the suite by its id, as a crash or the kernel's OOM killer would, waits a little, starts it
 * again as the scripts do and returns the fault's window once what was killed is healthy again.
 */
final class Killer {
    /** Long enough for the balancer and the clients to notice, short enough for many faults in a run. */
    private static final Duration PAUSE = Duration.ofSeconds(5);
    private static final int KAFKA_NODES = 3;

    private final Topology topology;
    private final Random random;

    Killer(Topology topology, Random random) {
        this.topology = topology;
        this.random = random;
    }

    FaultWindow inflict(FaultKind kind) throws Exception {
        return switch (kind) {
            case SERVICE_INSTANCE -> killInstance(Topology.INSTANCES.get(random.nextInt(Topology.INSTANCES.size())));
            case KAFKA_BROKER -> killKafkaNode(kind, anyNodeBut(controllerLeader()));
            case KAFKA_CONTROLLER_LEADER -> killKafkaNode(kind, controllerLeader());
            case POSTGRESQL -> stopPostgresFast();
        };
    }

    private FaultWindow killInstance(String instance) throws Exception {
        Instant killedAt = sigkill(topology.pidOf(instance));
        Thread.sleep(PAUSE);
        // Returns once the instance answers /q/health/ready.
        topology.restartInstance(instance);
        return new FaultWindow(FaultKind.SERVICE_INSTANCE, instance, killedAt, Instant.now());
    }

    private FaultWindow killKafkaNode(FaultKind kind, int node) throws Exception {
        Instant killedAt = sigkill(topology.pidOf("kafka-cluster-" + node));
        Thread.sleep(PAUSE);
        topology.startMissingKafkaNodes();
        awaitBrokerRegistered(node);
        return new FaultWindow(kind, "kafka-cluster-" + node, killedAt, Instant.now());
    }

    /** PostgreSQL's fast stop (SIGINT to the postmaster): sessions are cut and open transactions rolled back. */
    private FaultWindow stopPostgresFast() throws Exception {
        long postmaster = Long.parseLong(Files.readAllLines(postgresDataDirectory().resolve("postmaster.pid"))
                .getFirst().strip());
        Instant stoppedAt = Instant.now();
        signal("INT", postmaster);
        awaitExit(postmaster, Duration.ofSeconds(60));
        Thread.sleep(PAUSE);
        // Returns once the services' roles log in again.
        topology.startPostgres();
        return new FaultWindow(FaultKind.POSTGRESQL, "postgresql", stoppedAt, Instant.now());
    }

    private static Instant sigkill(long pid) throws Exception {
        ProcessHandle process = ProcessHandle.of(pid)
                .orElseThrow(() -> new IllegalStateException("No process " + pid + " to kill"));
        Instant killedAt = Instant.now();
        process.destroyForcibly();
        awaitExit(pid, Duration.ofSeconds(30));
        return killedAt;
    }

    private static void awaitExit(long pid, Duration timeout) throws InterruptedException, ExecutionException {
        ProcessHandle process = ProcessHandle.of(pid).orElse(null);
        if (process == null) {
            return;
        }
        try {
            process.onExit().get(timeout.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException stillThere) {
            throw new IllegalStateException("Process " + pid + " still runs " + timeout + " after the signal");
        }
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
        }
    }

    /** The data directory of the Debian cluster on port 5432, from pg_lsclusters (as deploy/infra/postgres.sh). */
    private static Path postgresDataDirectory() throws IOException, InterruptedException {
        Process listing = new ProcessBuilder("pg_lsclusters", "-h").redirectErrorStream(true).start();
        List<String> lines = new String(listing.getInputStream().readAllBytes()).lines().toList();
        listing.waitFor();
        return lines.stream().map(line -> line.trim().split("\\s+")).filter(columns -> columns[2].equals("5432"))
                .map(columns -> Path.of(columns[5])).findFirst()
                .orElseThrow(() -> new IllegalStateException("No PostgreSQL cluster on port 5432: " + lines));
    }

    private int controllerLeader() throws Exception {
        try (Admin admin = Admin.create(topology.kafkaAdmin())) {
            return admin.describeMetadataQuorum().quorumInfo().get(30, TimeUnit.SECONDS).leaderId();
        }
    }

    private int anyNodeBut(int leader) {
        int node = 1 + random.nextInt(KAFKA_NODES - 1);
        return node >= leader ? node + 1 : node;
    }

    private void awaitBrokerRegistered(int node) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        try (Admin admin = Admin.create(topology.kafkaAdmin())) {
            while (System.nanoTime() < deadline) {
                if (admin.describeCluster().nodes().get(30, TimeUnit.SECONDS).stream().mapToInt(Node::id)
                        .anyMatch(id -> id == node)) {
                    return;
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("Kafka node " + node + " did not rejoin the cluster within 120 s");
    }
}
