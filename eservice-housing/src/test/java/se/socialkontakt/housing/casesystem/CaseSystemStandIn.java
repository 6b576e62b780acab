package se.socialkontakt.housing.casesystem;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for the case system, which is outside the suite: an HTTP intake on a free local port that can be down,
 * or store a delivery and then lose its answer, as real integrations do. It keeps what it stored per idempotency key.
 */
public class CaseSystemStandIn implements QuarkusTestResourceLifecycleManager {
    public enum Mode {
        /** Answers 503 and stores nothing. */
        DOWN,
        /** Stores the delivery, then fails before answering (a lost receipt). */
        LOSES_ANSWER,
        /** Stores once per key and answers with the receipt. */
        UP
    }

    private static volatile Mode mode = Mode.UP;
    private static final Map<String, String> RECEIPTS = new ConcurrentHashMap<>();
    private static final Map<String, String> DOCUMENTS = new ConcurrentHashMap<>();
    private static final AtomicInteger CASES = new AtomicInteger();
    private HttpServer server;

    public static void mode(Mode newMode) {
        mode = newMode;
    }

    /** How many applications the case system holds for the key (a duplicate would be a second case). */
    public static int casesFor(String idempotencyKey) {
        return RECEIPTS.containsKey(idempotencyKey) ? 1 : 0;
    }

    public static String documentFor(String idempotencyKey) {
        return DOCUMENTS.get(idempotencyKey);
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/case-system/applications", this::intake);
        server.start();
        return Map.of("quarkus.rest-client.case-system.url",
                "http://127.0.0.1:" + server.getAddress().getPort() + "/case-system",
                // The tests drive the export themselves.
                "socialkontakt.case-system.export-every", "off");
    }

    private void intake(HttpExchange exchange) throws IOException {
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if (mode == Mode.DOWN || key == null) {
            answer(exchange, 503, "{}");
            return;
        }
        String receipt = RECEIPTS.computeIfAbsent(key, k -> "TRE-" + CASES.incrementAndGet());
        DOCUMENTS.putIfAbsent(key, body);
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

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
