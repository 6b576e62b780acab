package se.socialkontakt.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A server under test in its own JVM (chat-service or the relay), started fresh for every run so each run's RSS
 * starts from the same point. Only this process is ever stopped, by its own handle; a shutdown hook stops it when
 * the benchmark is interrupted.
 */
public final class ServerProcess implements AutoCloseable {
    private final String name;
    private final Process process;
    private final Path log;
    private final Thread stopOnExit;

    private ServerProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.stopOnExit = new Thread(process::destroy, "stop " + name);
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts the command and waits until readyUrl answers 200. */
    public static ServerProcess start(String name, List<String> command, Path log, URI readyUrl, Duration timeout)
            throws IOException, InterruptedException {
        Files.createDirectories(log.getParent());
        if (isAnswering(readyUrl)) {
            throw new IllegalStateException(readyUrl + " already answers before " + name
                    + " was started: another process holds the port; stop it or choose another port");
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        ServerProcess server = new ServerProcess(name, process, log);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isAnswering(readyUrl)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                server.close();
                throw new IllegalStateException(name + (process.isAlive() ? " not ready within " + timeout.toSeconds()
                        + " s" : " exited with " + process.exitValue()) + "; see " + log);
            }
            Thread.sleep(250);
        }
        return server;
    }

    private static boolean isAnswering(URI url) throws InterruptedException {
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long rssKb() {
        return ProcessMemory.rssKb(process.pid());
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            System.out.println("==> " + name + " did not stop within 20 s; killing it");
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway; nothing left to do
        }
    }
}
