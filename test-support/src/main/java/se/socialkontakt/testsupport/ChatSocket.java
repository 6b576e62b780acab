package se.socialkontakt.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketConnectOptions;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A WebSocket client for tests of the chat protocol (docs/chat-protocol.md): sends JSON frames and waits for the
 * frames it expects, keeping every frame it received so a test can also check what never arrived.
 */
public final class ChatSocket implements AutoCloseable {
    private static final Vertx VERTX = Vertx.vertx();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final WebSocket socket;
    private final LinkedBlockingQueue<JsonNode> inbox = new LinkedBlockingQueue<>();
    private final List<JsonNode> received = new ArrayList<>();
    private volatile Short closeCode;

    private ChatSocket(WebSocket socket) {
        this.socket = socket;
        socket.textMessageHandler(text -> {
            try {
                inbox.add(JSON.readTree(text));
            } catch (Exception e) {
                throw new IllegalStateException("Not JSON: " + text, e);
            }
        });
        socket.closeHandler(closed -> closeCode = socket.closeStatusCode());
    }

    /** Connects to {@code url} (ws://…), with a bearer token when one is given. */
    public static ChatSocket connect(URI url, String bearerToken) {
        return connect(url, bearerToken, null);
    }

    /** Connects as a browser on the page {@code origin} would (its Origin header), when one is given. */
    public static ChatSocket connect(URI url, String bearerToken, String origin) {
        // A program names no Origin (Vert.x would name the server's own); a browser names its page's.
        WebSocketConnectOptions options = new WebSocketConnectOptions().setAbsoluteURI(url.toString())
                .setAllowOriginHeader(origin != null);
        if (bearerToken != null) {
            options.addHeader("Authorization", "Bearer " + bearerToken);
        }
        if (origin != null) {
            options.addHeader("Origin", origin);
        }
        WebSocketClient client = VERTX.createWebSocketClient();
        try {
            // The handlers are set in the completion callback, on the event loop, so no frame arrives before them.
            return client.connect(options).map(ChatSocket::new).toCompletionStage().toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not connect to " + url, e);
        }
    }

    public ChatSocket send(Map<String, ?> frame) {
        try {
            return sendRaw(JSON.writeValueAsString(frame));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public ChatSocket sendRaw(String text) {
        try {
            socket.writeTextMessage(text).toCompletionStage().toCompletableFuture().get(WAIT.toSeconds(),
                    TimeUnit.SECONDS);
            return this;
        } catch (Exception e) {
            throw new IllegalStateException("Could not send", e);
        }
    }

    /** The next frame of this type that also matches; frames passed over stay in {@link #received()}. */
    public JsonNode await(String type, Predicate<JsonNode> matching) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                JsonNode frame = inbox.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (frame == null) {
                    break;
                }
                received.add(frame);
                if (type.equals(frame.path("type").asText()) && matching.test(frame)) {
                    return frame;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new AssertionError("No '" + type + "' frame within " + WAIT + "; received " + received);
    }

    public JsonNode await(String type) {
        return await(type, frame -> true);
    }

    /** Everything received until now, including frames not yet awaited. */
    public List<JsonNode> received() {
        inbox.drainTo(received);
        return List.copyOf(received);
    }

    /** Waits until the server closed the connection and returns its close code. */
    public short awaitClosed() {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (closeCode == null && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (closeCode == null) {
            throw new AssertionError("The server did not close the connection within " + WAIT);
        }
        return closeCode;
    }

    public boolean isClosed() {
        return socket.isClosed();
    }

    @Override
    public void close() {
        if (!socket.isClosed()) {
            socket.close().toCompletionStage().toCompletableFuture().orTimeout(5, TimeUnit.SECONDS).join();
        }
    }
}
