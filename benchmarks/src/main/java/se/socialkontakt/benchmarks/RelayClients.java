package se.socialkontakt.benchmarks;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.ClientWebSocket;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;
import io.vertx.core.json.JsonObject;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Connects the pairs of the baseline: side {@code a} sends, side {@code b} receives what the relay passes on. */
final class RelayClients {
    private final Vertx vertx;
    private final WebSocketClient client;
    private final int port;
    private final LoadDriver driver;
    private final AtomicInteger ready = new AtomicInteger();

    RelayClients(Vertx vertx, WebSocketClient client, int port, LoadDriver driver) {
        this.vertx = vertx;
        this.client = client;
        this.port = port;
        this.driver = driver;
    }

    /** All pairs connected, b before a so that nothing a sends can find its partner missing. */
    Future<List<Conversation>> connect(int pairs, int lanes) {
        List<Conversation> conversations = new ArrayList<>();
        for (int n = 0; n < pairs; n++) {
            conversations.add(new Conversation(Integer.toString(n)));
        }
        return Async.inLanes(vertx, pairs, lanes, n -> {
            Conversation conversation = conversations.get(n);
            return open(n, "b", conversation)
                    .compose(receiver -> open(n, "a", conversation))
                    .onSuccess(sender -> {
                        conversation.attachSender(sender);
                        ready.incrementAndGet();
                    });
        }).map(conversations);
    }

    /** Pairs connected so far, for progress reports. */
    int ready() {
        return ready.get();
    }

    private Future<WebSocket> open(int n, String side, Conversation conversation) {
        ClientWebSocket socket = client.webSocket();
        if (side.equals("b")) {
            // Handlers before connect: nothing the server sends can arrive before they are in place.
            socket.textMessageHandler(frame -> {
                long receivedAt = System.nanoTime();
                driver.delivered(conversation, new JsonObject(frame).getString("text"), receivedAt);
            });
        }
        socket.closeHandler(closed -> driver.problem("connection closed"));
        return socket.connect(new WebSocketConnectOptions().setHost("127.0.0.1").setPort(port)
                .setURI("/pair/" + n + "/" + side));
    }
}
