package se.socialkontakt.benchmarks.http;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;

import java.util.Arrays;

/**
 * The HTTP baseline: a bare Vert.x server that reads each request whole and answers it with one fixed JSON body of a
 * given size and status, no routing, parsing, security or database. Driven with the same requests at the same rates
 * as a service, it shows what the client, the loopback and HTTP itself cost on this machine, so that the rest of a
 * service's latency is its own. Runs in its own JVM (see {@link ServerUnderTest}) so its RSS compares with a service's.
 *
 * <p>Usage: FixedResponseServer PORT BODY_BYTES STATUS; {@code /ready} answers 200 for the start-up check.
 */
public final class FixedResponseServer {
    private FixedResponseServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Buffer body = Buffer.buffer(json(Integer.parseInt(args[1])));
        int status = Integer.parseInt(args[2]);
        // As many event loops as Quarkus gives a service on this machine: the comparison is of work, not of threads.
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2 * Runtime.getRuntime().availableProcessors()));
        vertx.createHttpServer().requestHandler(request -> request.body().onComplete(read -> {
            boolean ready = request.path().equals("/ready");
            request.response().setStatusCode(ready ? 200 : status).putHeader("Content-Type", "application/json")
                    .end(ready ? Buffer.buffer("{}") : body);
        })).listen(port, "127.0.0.1").toCompletionStage().toCompletableFuture().join();
        System.out.printf("fixed-response server on 127.0.0.1:%d, %d-byte body, status %d%n", port, body.length(),
                status);
    }

    /** A JSON object of exactly n bytes (at least 11), so that a client parses nothing it would not parse anyway. */
    static String json(int n) {
        char[] filler = new char[Math.max(0, n - 11)];
        Arrays.fill(filler, 'x');
        return "{\"body\":\"" + new String(filler) + "\"}";
    }
}
