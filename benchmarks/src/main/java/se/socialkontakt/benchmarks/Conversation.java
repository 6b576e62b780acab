package se.socialkontakt.benchmarks;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.WebSocket;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One conversation under load: the socket that sends (the young person, or side {@code a} of a relay pair) and the
 * measured messages sent on it that the other side has not received yet. Both sides live in this JVM, so the send
 * time never has to travel in the frame: the receiving side looks it up here by the sequence number in the text.
 */
final class Conversation {
    final String id;
    /** Sequence number to send time ({@link System#nanoTime()}), only for messages sent in the measured window. */
    final Map<Long, Long> inFlight = new ConcurrentHashMap<>();
    private volatile WebSocket sender;
    private volatile Context senderContext;
    /** Only touched on the sender's context, one timer at a time. */
    private long nextSeq = 1;

    Conversation(String id) {
        this.id = id;
    }

    /**
     * Called on the socket's own context (a connect callback): sending from there later writes without a hop to
     * another event loop, as a real client would.
     */
    void attachSender(WebSocket socket) {
        this.senderContext = Objects.requireNonNull(Vertx.currentContext(), "attachSender outside a Vert.x context");
        this.sender = socket;
    }

    WebSocket sender() {
        return sender;
    }

    Context senderContext() {
        return senderContext;
    }

    long nextSeq() {
        return nextSeq++;
    }
}
