package se.socialkontakt.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the case system's intake, which is outside the suite (Treserva in the seed city): it takes an
 * application at {@code POST /case-system/applications} and answers with a receipt, the same receipt for the same
 * {@code Idempotency-Key}. eservice-housing's tests run it on a free port and make it fail as real integrations do;
 * the demo (deploy/run.sh) runs it on port 8099, where the service's default configuration looks for the case
 * system, so a submitted application is registered and gets a case number. JDK classes only, so it runs from this
 * module's classes without their test dependencies. Never part of a production installation.
 */
public final class CaseSystemIntake {
    public enum Mode {
        /** Answers 503 and stores nothing. */
        DOWN,
        /** Stores the delivery, then fails before answering (a lost receipt). */
        LOSES_ANSWER,
        /** Stores once per key and answers with the receipt. */
        UP
    }

    private final Map<String, String> receipts = new ConcurrentHashMap<>();
    private final Map<String, String> documents = new ConcurrentHashMap<>();
    /** Case numbers of a new start never repeat an earlier one's: the demo's database outlives the stand-in. */
    private final AtomicInteger cases = new AtomicInteger((int) (Instant.now().getEpochSecond() % 1_000_000) * 100);
    private final HttpServer server;
    private volatile Mode mode = Mode.UP;

    /** Listens on 127.0.0.1 at the port (0: any free one) once started. */
    public CaseSystemIntake(int port) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/case-system/applications", this::intake);
    }

    /** Runs the intake for the demo until the process is stopped: {@code CaseSystemIntake [port]} (8099). */
    public static void main(String[] args) throws IOException {
        CaseSystemIntake intake = new CaseSystemIntake(args.length > 0 ? Integer.parseInt(args[0]) : 8099);
        intake.start();
        System.out.println("Case system stand-in (demo) at " + intake.url());
    }

    public void start() {
        server.start();
    }

    public void stop() {
        server.stop(0);
    }

    /** The base URL for {@code quarkus.rest-client.case-system.url}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/case-system";
    }

    public void mode(Mode newMode) {
        mode = newMode;
    }

    /** How many applications the case system holds for the key (a duplicate would be a second case). */
    public int casesFor(String idempotencyKey) {
        return receipts.containsKey(idempotencyKey) ? 1 : 0;
    }

    public String documentFor(String idempotencyKey) {
        return documents.get(idempotencyKey);
    }

    private void intake(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (!"POST".equals(exchange.getRequestMethod())) {
            answer(exchange, 405, "{}");
            return;
        }
        if (mode == Mode.DOWN || key == null) {
            answer(exchange, 503, "{}");
            return;
        }
        String receipt = receipts.computeIfAbsent(key, k -> "TRE-" + cases.incrementAndGet());
        documents.putIfAbsent(key, body);
        if (mode == Mode.LOSES_ANSWER) {
            answer(exchange, 504, "{}");
            return;
        }
        answer(exchange, 200, "{\"caseId\":\"" + receipt + "\"}");
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
