package se.socialkontakt.benchmarks.http;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;

import java.time.Duration;

/**
 * HTTP/1.1 calls to one server under test on the loopback interface, for set-up and measurement alike. Every request
 * is started on one event-loop context, whichever thread asks: the benchmark's pacing thread hands requests over
 * without blocking, and all client I/O stays on one event loop, the same for the service and its baseline. The pool
 * is large so that requests wait in the server, where they are measured, not in the client.
 */
public final class HttpCalls implements AutoCloseable {
    private static final int CONNECTIONS = 256;

    /** A server's answer: status and body. */
    public record Answer(int status, String body) {
        /** The body as JSON, or a failure naming the call when the status is not the one expected. */
        public JsonObject json(int expected, String what) {
            if (status != expected) {
                throw new IllegalStateException(what + " answered " + status + " (expected " + expected + "): " + body);
            }
            return body.isEmpty() ? new JsonObject() : new JsonObject(body);
        }
    }

    private final HttpClient client;
    private final Context context;
    private final int port;
    private final long timeoutMs;

    public HttpCalls(Vertx vertx, int port, Duration timeout) {
        this.client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("127.0.0.1").setDefaultPort(port)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(CONNECTIONS));
        this.context = vertx.getOrCreateContext();
        this.port = port;
        this.timeoutMs = timeout.toMillis();
    }

    public int port() {
        return port;
    }

    /** Sends the request; body and bearer may be null. A JSON body is sent as application/json. */
    public Future<Answer> send(HttpMethod method, String path, String bearer, String jsonBody) {
        Promise<Answer> answer = Promise.promise();
        context.runOnContext(v -> {
            RequestOptions options = new RequestOptions().setMethod(method).setURI(path).setIdleTimeout(timeoutMs);
            if (bearer != null) {
                options.putHeader("Authorization", "Bearer " + bearer);
            }
            if (jsonBody != null) {
                options.putHeader("Content-Type", "application/json");
            }
            client.request(options)
                    .compose(request -> jsonBody == null ? request.send() : request.send(jsonBody))
                    .compose(response -> response.body().map(b -> new Answer(response.statusCode(), b.toString())))
                    .onComplete(answer);
        });
        return answer.future();
    }

    @Override
    public void close() {
        client.close();
    }
}
