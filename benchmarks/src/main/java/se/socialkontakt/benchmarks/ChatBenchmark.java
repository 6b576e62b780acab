package se.socialkontakt.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;

import se.socialkontakt.benchmarks.http.ServerUnderTest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Measures how fast the youth chat delivers messages over WebSocket: for each number of conversations, a raw
 * WebSocket relay (the baseline, {@link RelayServer}) and chat-service are each started fresh in their own JVM and
 * driven with the same pairs of clients, message rate and message size; the figures are printed side by side.
 * Run on demand with {@code benchmarks/run.sh}; never part of the test run.
 *
 * <p>Why not Gatling: the figure asked for is the one-way delivery latency between the two clients of one
 * conversation (the young person sends, the counsellor's console receives). Gatling's model is a virtual user
 * timing its own request against its own response; it has no way to time a frame sent by one user against its
 * arrival at another. Here both clients of every pair live in this JVM, so one {@link System#nanoTime()} clock
 * times both ends (see {@link LoadDriver}), and no clock synchronisation or timestamp in the frame is needed.
 */
public final class ChatBenchmark {
    static final String RELAY = "relay";
    static final String CHAT = "chat";

    private ChatBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Vertx vertx = Vertx.vertx();
        List<Result> results = new ArrayList<>();
        try {
            for (int conversations : options.conversations()) {
                for (String server : options.servers()) {
                    results.add(run(vertx, options, server, conversations));
                }
            }
        } finally {
            Async.await(vertx.close(), Duration.ofSeconds(30), "closing Vert.x");
        }
        // Per number of conversations: chat-service first, the baseline on the next line.
        results.sort(Comparator.comparingInt(Result::conversations).thenComparing(r -> !r.isChat()));
        String table = Result.table(results, settings(options));
        System.out.println();
        System.out.println(table);
        Files.createDirectories(options.results().toAbsolutePath().getParent());
        Files.writeString(options.results(), table);
        log("written to %s", options.results());
        System.exit(results.stream().anyMatch(r -> r.failure() != null) ? 1 : 0);
    }

    private static Result run(Vertx vertx, Options options, String server, int conversations)
            throws InterruptedException {
        String name = Result.label(server);
        log("%s, %d conversations: starting the server", name, conversations);
        try (ServerProcess process = start(options, server, conversations)) {
            long rssBefore = process.rssKb();
            // Each conversation holds two sockets to the one server: lift Vert.x's default of 50 per server.
            WebSocketClient sockets = vertx.createWebSocketClient(new WebSocketClientOptions()
                    .setMaxConnections(2 * conversations + 16).setConnectTimeout(30_000));
            HttpClient http = vertx.createHttpClient(new HttpClientOptions(),
                    new PoolOptions().setHttp1MaxSize(options.setUpLanes()));
            try {
                LoadDriver driver = new LoadDriver(vertx, options.interval(), options.messageSize());
                long setUpStart = System.nanoTime();
                List<Conversation> ready = server.equals(CHAT)
                        ? setUpChat(vertx, options, conversations, sockets, http, driver)
                        : setUpRelay(vertx, options, conversations, sockets, driver);
                double setUpSeconds = (System.nanoTime() - setUpStart) / 1e9;
                log("%s: %d conversations ready after %.1f s; %d s warm-up, %d s measured", name, ready.size(),
                        setUpSeconds, options.warmup().toSeconds(), options.duration().toSeconds());
                LoadDriver.Measurement measurement = driver.run(ready, options.warmup(), options.duration(),
                        options.drainTimeout());
                long rssAfter = process.rssKb();
                log("%s: %d sent, %d delivered", name, measurement.sent(), measurement.delivered());
                return new Result(server, conversations, measurement, rssBefore, rssAfter, setUpSeconds,
                        loadAverage(), null);
            } finally {
                closeQuietly(sockets.close(), "the WebSockets");
                closeQuietly(http.close(), "the HTTP client");
            }
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() != null ? e.getMessage() : e.toString();
            log("%s, %d conversations FAILED: %s", name, conversations, why);
            return Result.failed(server, conversations, why);
        }
    }

    private static List<Conversation> setUpRelay(Vertx vertx, Options options, int conversations,
            WebSocketClient sockets, LoadDriver driver) {
        RelayClients relay = new RelayClients(vertx, sockets, options.relayPort(), driver);
        return Async.await(relay.connect(conversations, options.setUpLanes()), options.setUpTimeout(),
                "connecting " + conversations + " relay pairs", relay::ready);
    }

    private static List<Conversation> setUpChat(Vertx vertx, Options options, int conversations,
            WebSocketClient sockets, HttpClient http, LoadDriver driver) {
        ChatClients chat = new ChatClients(vertx, sockets, http, options.chatPort(), options.keycloakRealm(), driver);
        Async.await(chat.openAllDay(), Duration.ofSeconds(30), "opening the chat round the clock (as admin)");
        List<Conversation> ready = Async.await(chat.connect(conversations, options.setUpLanes()),
                options.setUpTimeout(), "setting up " + conversations + " conversations (2 steps each)",
                chat::stepsDone);
        // chat-service closes a console when its token expires; a run that outlives it would measure losses.
        Duration needed = options.warmup().plus(options.duration()).plus(options.drainTimeout()).plusSeconds(5);
        Duration left = chat.consoleTokenLeft();
        if (left.compareTo(needed) < 0) {
            throw new IllegalStateException("the consoles' token expires in " + left.toSeconds()
                    + " s, before the run ends (" + needed.toSeconds() + " s): chat-service would close them."
                    + " Shorten --duration/--warmup, or give the realm a longer access token lifespan");
        }
        return ready;
    }

    private static ServerProcess start(Options options, String server, int conversations)
            throws IOException, InterruptedException {
        Path log = options.logs().resolve(server + "-" + conversations + ".log");
        if (server.equals(RELAY)) {
            // The same heap as chat-service's, so that their RSS compares.
            List<String> command = List.of(ServerUnderTest.java(), "-Xmx" + options.serverHeap(),
                    "-Xms" + options.serverHeap(), "-cp",
                    System.getProperty("java.class.path"), RelayServer.class.getName(),
                    Integer.toString(options.relayPort()));
            return ServerProcess.start("relay", command, log,
                    URI.create("http://127.0.0.1:" + options.relayPort() + "/ready"), Duration.ofSeconds(30));
        }
        List<String> settings = new ArrayList<>(List.of(
                // The whole heap from the start, as deploy/k8s runs chat-service (-XX:InitialRAMPercentage).
                "-Xms" + options.serverHeap(),
                // Open round the clock (exception dates below) without a closing-soon window at midnight.
                "-Dsocialkontakt.chat.queue.closes-before=0S",
                // Every console belongs to the one demo counsellor, who takes one conversation per console.
                "-D" + options.maxConversationsProperty() + "=" + conversations));
        settings.addAll(options.chatOptions());
        return ServerUnderTest.quarkus("chat-service", options.chatJar(), options.serverHeap(), options.chatPort(),
                options.chatDatabase(), settings, log);
    }

    private static String settings(Options o) {
        return String.format(Locale.ROOT, """
                %s. Per conversation one message every %.1f s from the young person (side a of a relay pair), \
                %d characters of text; %d s warm-up, then %d s measured. Latency: one-way, from just before the \
                sender writes the frame to the receiving client's frame handler (counsellor console; side b). \
                Lost: sent in the measured window and not delivered within %d s after it. Client send lag: how \
                late the client sent against its schedule (large = the client, not the server, was saturated). \
                Servers run in their own JVM (-Xms = -Xmx = %s), started fresh for each run; RSS is VmRSS of \
                /proc/<pid>/status before set-up and at the end. Clients and servers share this machine \
                (%d cores, Java %s), as do PostgreSQL, Kafka and Keycloak for chat-service.""",
                OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS), o.interval().toMillis() / 1000.0,
                o.messageSize(), o.warmup().toSeconds(), o.duration().toSeconds(), o.drainTimeout().toSeconds(),
                o.serverHeap(), Runtime.getRuntime().availableProcessors(), Runtime.version().feature());
    }

    /** Closing is best effort: the server is stopped right after anyway, and a result must not be lost to it. */
    private static void closeQuietly(Future<Void> closing, String what) {
        try {
            Async.await(closing, Duration.ofSeconds(60), "closing " + what);
        } catch (IllegalStateException e) {
            log("%s", e.getMessage());
        }
    }

    /** The machine's 1-minute load average: well above its cores means the figures are disturbed by others. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void log(String format, Object... args) {
        System.out.printf("==> " + format + "%n", args);
    }
}
