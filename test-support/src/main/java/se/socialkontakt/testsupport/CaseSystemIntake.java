package se.socialkontakt.testsupport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.HttpsJwks;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.HttpsJwksVerificationKeyResolver;

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
 * {@code Idempotency-Key}. As production.md asks of the real intake, it takes an application (personal identity
 * number, health needs) only with a bearer token of the realm, signed with one of its keys, unexpired and meant for
 * the case system (audience {@value #AUDIENCE}, which only the client eservice-housing-export's tokens carry):
 * anything else is answered 401 and stored nowhere. eservice-housing's tests run it on a free port and make it fail
 * as real integrations do; the demo (deploy/run.sh) runs it on port 8099, where the service's default configuration looks
 * for the case system, so a submitted application is registered and gets a case number. JDK classes and jose4j only
 * (target/stand-in-lib), so it runs without this module's test dependencies. Never part of a production installation.
 */
public final class CaseSystemIntake {
    public static final String AUDIENCE = "case-system";
    private static final String DEMO_REALM_URL = "http://localhost:8180/realms/socialkontakt";

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
    private final JwtConsumer tokens;
    private volatile Mode mode = Mode.UP;

    /**
     * Listens on 127.0.0.1 at the port (0: any free one) once started, taking tokens issued by the realm at
     * {@code realmUrl} (e.g. {@code http://localhost:8180/realms/socialkontakt}).
     */
    public CaseSystemIntake(int port, String realmUrl) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/case-system/applications", this::intake);
        tokens = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new HttpsJwksVerificationKeyResolver(
                        new HttpsJwks(realmUrl + "/protocol/openid-connect/certs")))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(realmUrl)
                .setExpectedAudience(AUDIENCE)
                .setRequireExpirationTime()
                .setAllowedClockSkewInSeconds(30)
                .build();
    }

    /**
     * Runs the intake for the demo until the process is stopped: {@code CaseSystemIntake [port [realm URL]]} (8099,
     * the demo realm).
     */
    public static void main(String[] args) throws IOException {
        CaseSystemIntake intake = new CaseSystemIntake(args.length > 0 ? Integer.parseInt(args[0]) : 8099,
                args.length > 1 ? args[1] : DEMO_REALM_URL);
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
        if (!authenticated(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().add("WWW-Authenticate", "Bearer");
            answer(exchange, 401, "{}");
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

    private boolean authenticated(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try {
            tokens.processToClaims(authorization.substring("Bearer ".length()));
            return true;
        } catch (InvalidJwtException e) {
            return false;
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
