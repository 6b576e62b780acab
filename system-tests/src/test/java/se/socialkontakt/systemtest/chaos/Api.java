package se.socialkontakt.systemtest.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * The suite's public API through the balancer, as the pages call it: a request that gets no answer or a 502, 503 or
 * 504 is sent once more, a creating one with the same Idempotency-Key, so that the server can tell the retry from a
 * second request. Every attempt goes into the ledger.
 */
final class Api {
    static final String CHAT = "http://localhost:8081";
    static final String HOUSING = "http://localhost:8082";
    static final String CONTACT_CENTER = "http://localhost:8083";
    static final String ANALYTICS = "http://localhost:8084";
    private static final Set<Integer> RETRYABLE = Set.of(0, 502, 503, 504);
    /** The request may have been carried out although no answer came. */
    private static final Set<Integer> ANSWER_LOST = Set.of(0, 502, 504);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The last attempt's answer; {@code maybeDoneBefore} when an earlier attempt may have done the same already. */
    record Reply(int status, JsonNode body, String location, boolean maybeDoneBefore) {
        boolean accepted() {
            return status >= 200 && status < 300;
        }

        /** The id at the end of the Location header of a 201. */
        UUID createdId() {
            return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        }

        /** No answer came, or not the service's own: the request may have been carried out. */
        boolean answerLost() {
            return ANSWER_LOST.contains(status);
        }

        /** A conflict with what a lost first attempt did: the state change is there. */
        boolean doneByTheLostAttempt() {
            return maybeDoneBefore && status == 409;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Ledger ledger;
    private final Tokens tokens;

    Api(Ledger ledger, Tokens tokens) {
        this.ledger = ledger;
        this.tokens = tokens;
    }

    Reply get(String kind, String url, String user) {
        return send(kind, "GET", url, user, null, false);
    }

    /** A POST that changes an existing aggregate (or records a vote). */
    Reply post(String kind, String url, String user, Object body) {
        return send(kind, "POST", url, user, body, false);
    }

    /** A POST that creates an aggregate: the retry carries the first attempt's Idempotency-Key. */
    Reply create(String kind, String url, String user, Object body) {
        return send(kind, "POST", url, user, body, true);
    }

    Reply put(String kind, String url, String user, Object body) {
        return send(kind, "PUT", url, user, body, false);
    }

    private Reply send(String kind, String method, String url, String user, Object body, boolean creates) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        try {
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        } catch (IOException e) {
            throw new IllegalArgumentException(e);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (user != null) {
            request.header("Authorization", "Bearer " + tokens.of(user));
        }
        if (creates) {
            request.header("Idempotency-Key", UUID.randomUUID().toString());
        }
        Reply first = attempt(kind, request.build(), false);
        if (!RETRYABLE.contains(first.status())) {
            return first;
        }
        return attempt(kind, request.build(), ANSWER_LOST.contains(first.status()));
    }

    private Reply attempt(String kind, HttpRequest request, boolean maybeDoneBefore) {
        Instant at = Instant.now();
        long start = System.nanoTime();
        int status = 0;
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            status = response.statusCode();
            JsonNode body = response.body().isBlank() ? JSON.nullNode() : JSON.readTree(response.body());
            return new Reply(status, body, response.headers().firstValue("Location").orElse(null), maybeDoneBefore);
        } catch (IOException noAnswer) {
            return new Reply(status, JSON.nullNode(), null, maybeDoneBefore);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Reply(status, JSON.nullNode(), null, maybeDoneBefore);
        } finally {
            ledger.attempt(kind, status, at, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
