package se.socialkontakt.systemtest.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import se.socialkontakt.testsupport.ChatSocket;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * One side of a chat conversation over its WebSocket through the balancer, as its page behaves: when the socket
 * breaks (its instance was killed) or an answer does not come, it connects again, asks for what it missed since the
 * last message it showed, and sends again what was not acknowledged, with the same clientId.
 */
abstract class ChatSide implements AutoCloseable {
    static final URI CHAT_SOCKETS = URI.create("ws://localhost:8081");
    /** With pauses between them, about as long as the slowest restart of an instance and its balancer check. */
    private static final int ATTEMPTS = 8;
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofSeconds(3);

    final UUID conversation;
    final Ledger ledger;
    private final String from;
    ChatSocket socket;
    /** The highest seq of the other side's messages this side has shown. */
    long lastSeq;

    ChatSide(UUID conversation, Ledger ledger, String from) {
        this.conversation = conversation;
        this.ledger = ledger;
        this.from = from;
    }

    /** Opens a new socket and picks the conversation up again after {@link #lastSeq}. */
    abstract void connect();

    abstract Map<String, Object> messageFrame(UUID clientId, String text);

    /**
     * Sends a message and waits for its ack, resending it with the same clientId after each reconnect; returns the
     * clientId.
     */
    UUID say(String text) {
        UUID clientId = UUID.randomUUID();
        step("ack of " + clientId, () -> {
            socket.send(messageFrame(clientId, text));
            JsonNode ack = socket.await("ack", frame -> clientId.toString().equals(frame.path("clientId").asText()));
            ledger.acked(conversation, clientId, ack.get("seq").asLong(), from);
        });
        return clientId;
    }

    /** Waits for the other side's message, which a reconnect replays when it came while this side was away. */
    void hears(UUID clientId) {
        step("message " + clientId, () -> {
            JsonNode message = socket.await("message",
                    frame -> clientId.toString().equals(frame.path("clientId").asText()));
            lastSeq = Math.max(lastSeq, message.get("seq").asLong());
            ledger.seen(clientId);
        });
    }

    /** Does the step; after a broken socket or a missing answer, connects again and does it again. */
    void step(String what, Runnable action) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            try {
                if (socket == null || socket.isClosed()) {
                    reconnect();
                }
                action.run();
                return;
            } catch (IllegalStateException | AssertionError failed) {
                last = failed instanceof RuntimeException runtime ? runtime : new IllegalStateException(failed);
                closeQuietly();
                pause();
            }
        }
        throw new GaveUp(conversation, what, last);
    }

    private void reconnect() {
        closeQuietly();
        connect();
    }

    private static void pause() {
        try {
            Thread.sleep(BETWEEN_ATTEMPTS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, Object> frame(Object... pairs) {
        Map<String, Object> frame = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            frame.put((String) pairs[i], pairs[i + 1]);
        }
        return frame;
    }

    private void closeQuietly() {
        if (socket != null) {
            try {
                socket.close();
            } catch (RuntimeException alreadyBroken) {
                // the instance behind it is gone
            }
            socket = null;
        }
    }

    @Override
    public void close() {
        closeQuietly();
    }

    /** The side could not go on within its attempts: the journey ends there. */
    static final class GaveUp extends RuntimeException {
        GaveUp(UUID conversation, String what, RuntimeException last) {
            super("chat " + conversation + ": no " + what + " after " + ATTEMPTS + " attempts", last);
        }
    }
}
