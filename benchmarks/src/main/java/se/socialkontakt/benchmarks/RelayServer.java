package se.socialkontakt.benchmarks;

import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocket;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The baseline: a raw WebSocket relay, the least any chat server must do. Two clients connect to
 * {@code /pair/{n}/a} and {@code /pair/{n}/b}; every text frame one of them sends is written unchanged to the
 * other (a relay, not an echo: the frame crosses from one connection to another, as a chat message does). No
 * parsing, no storage, no authentication. Run by the benchmark in its own JVM, with the same JVM options as
 * chat-service, so that its RSS is measured the same way. Any plain HTTP request answers 200: the readiness check.
 *
 * <p>Usage: {@code java -cp ... se.socialkontakt.benchmarks.RelayServer PORT}
 */
public final class RelayServer extends AbstractVerticle {
    private static final Pattern PATH = Pattern.compile("/pair/(\\d+)/([ab])");
    /** Shared by all verticle instances: the two clients of a pair may land on different event loops. */
    private static final Map<String, AtomicReferenceArray<ServerWebSocket>> PAIRS = new ConcurrentHashMap<>();

    private final int port;

    private RelayServer(int port) {
        this.port = port;
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx();
        // One server instance per event loop (Vert.x's default: 2 per core), as Quarkus runs its HTTP server.
        int instances = VertxOptions.DEFAULT_EVENT_LOOP_POOL_SIZE;
        vertx.deployVerticle(() -> new RelayServer(port), new DeploymentOptions().setInstances(instances))
                .onSuccess(id -> System.out.println("relay listening on " + port + " with " + instances + " event loops"))
                .onFailure(e -> {
                    e.printStackTrace();
                    System.exit(1);
                });
    }

    @Override
    public void start(Promise<Void> started) {
        vertx.createHttpServer(new HttpServerOptions().setPort(port).setHost("127.0.0.1"))
                .webSocketHandler(this::relay)
                .requestHandler(request -> request.response().end("ready"))
                .listen()
                .<Void>mapEmpty()
                .onComplete(started);
    }

    private void relay(ServerWebSocket socket) {
        Matcher path = PATH.matcher(socket.path());
        if (!path.matches()) {
            socket.close((short) 1008, "expected /pair/{n}/a or /pair/{n}/b");
            return;
        }
        int side = path.group(2).equals("a") ? 0 : 1;
        AtomicReferenceArray<ServerWebSocket> pair =
                PAIRS.computeIfAbsent(path.group(1), n -> new AtomicReferenceArray<>(2));
        pair.set(side, socket);
        socket.textMessageHandler(text -> {
            ServerWebSocket other = pair.get(1 - side);
            if (other != null) {
                other.writeTextMessage(text);
            }
        });
        socket.closeHandler(closed -> pair.compareAndSet(side, socket, null));
    }
}
