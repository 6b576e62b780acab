package se.socialkontakt.chat.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Carries signals to every chat-service instance through PostgreSQL {@code NOTIFY}/{@code LISTEN}, so a young person
 * on one instance and a counsellor on another talk normally. Chosen over a Kafka topic because the database every
 * instance already shares is the only moving part. A signal goes out when the transaction that stored its change has
 * committed, never before, and before the caller goes on (and so before a message is acknowledged): a sender whose
 * instance fails in between has no acknowledgement and sends again, and the resend is signalled again.
 */
@ApplicationScoped
public class ChatBus {
    static final String CHANNEL = "socialkontakt_chat";
    /** PostgreSQL refuses notification payloads of 8000 bytes and more. */
    private static final int MAX_PAYLOAD_BYTES = 7999;
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    /** Long enough for a busy database; past it the listeners' resynchronisation is what remains. */
    private static final Duration NOTIFY_TIMEOUT = Duration.ofSeconds(5);

    private record Outgoing(Signal signal, String payload) {
    }

    private final String instanceId = UUID.randomUUID().toString();
    private final ChatConnections connections;
    private final TransactionSynchronizationRegistry transactions;
    private final ObjectMapper json;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private final AtomicBoolean queueChanged = new AtomicBoolean(true);
    private final SignalNotifier notifier;
    private volatile boolean running;
    private Thread listener;

    ChatBus(ChatConnections connections, TransactionSynchronizationRegistry transactions,
            ObjectMapper json, @ConfigProperty(name = "quarkus.datasource.jdbc.url") String jdbcUrl,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") String password) {
        this.connections = connections;
        this.transactions = transactions;
        this.json = json;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.notifier = new SignalNotifier(CHANNEL, jdbcUrl, username, password);
    }

    public String instanceId() {
        return instanceId;
    }

    /**
     * Sends the signal when the caller's transaction commits: to this instance's connections directly, to the other
     * instances through the database. A rolled-back change sends nothing. The transaction's caller is held until the
     * other instances have been signalled, unless it asked for {@link #signalledAfterCommit()}.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void publish(Signal signal) {
        // Encoded now, so a signal too large fails the transaction rather than go missing after it.
        pendingOfTransaction().signals.add(new Outgoing(signal, encode(signal)));
    }

    /**
     * For a caller that must not be held while the other instances are signalled (the message writer, which goes on
     * with its next batch): the future completes once they were signalled, or the attempt failed or timed out (the
     * listeners' resynchronisation covers a failure), or at once on a rollback.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CompletableFuture<Void> signalledAfterCommit() {
        PendingSignals pending = pendingOfTransaction();
        pending.callerWaits = false;
        return pending.signalled;
    }

    private PendingSignals pendingOfTransaction() {
        PendingSignals pending = (PendingSignals) transactions.getResource(ChatBus.class);
        if (pending == null) {
            PendingSignals created = new PendingSignals();
            transactions.putResource(ChatBus.class, created);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        created.send();
                    } else {
                        created.signalled.complete(null);
                    }
                }
            });
            pending = created;
        }
        return pending;
    }

    /** The signals of one transaction, and whether its caller waits for them (see signalledAfterCommit). */
    private final class PendingSignals {
        final List<Outgoing> signals = new ArrayList<>();
        final CompletableFuture<Void> signalled = new CompletableFuture<>();
        boolean callerWaits = true;

        void send() {
            ChatBus.this.send(signals).whenComplete((sent, failure) -> signalled.complete(null));
            if (callerWaits) {
                await(signalled);
            }
        }
    }

    /** For what has no state of its own to store, such as a typing indicator. */
    public void publishNow(Signal signal) {
        await(send(List.of(new Outgoing(signal, encode(signal)))));
    }

    /** Delivers here at once; the future completes when the other instances were signalled, or failed to be. */
    private CompletableFuture<Void> send(List<Outgoing> signals) {
        if (signals.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        signals.forEach(outgoing -> deliverHere(outgoing.signal()));
        return notifier.send(signals.stream().map(Outgoing::payload).toList())
                .orTimeout(NOTIFY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .exceptionally(failure -> {
                    Log.warnf("Chat signals may not have reached the other instances: %s", failure);
                    return null;
                });
    }

    private static void await(CompletableFuture<Void> signalled) {
        try {
            signalled.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // send() turns every failure into a completion; nothing is left to report here
        }
    }

    /** Whether the queue changed since the last call; the queue broadcaster polls it. */
    public boolean takeQueueChange() {
        return queueChanged.getAndSet(false);
    }

    private void deliverHere(Signal signal) {
        if (signal.route() == Signal.Route.QUEUE) {
            queueChanged.set(true);
        } else {
            connections.deliver(signal);
        }
    }

    private String encode(Signal signal) {
        ObjectNode envelope = json.createObjectNode()
                .put("origin", instanceId)
                .put("route", signal.route().name())
                .put("conversation", signal.conversationId() == null ? null : signal.conversationId().toString())
                .put("user", signal.user());
        String head = envelope.toString();
        // The frame is already JSON: embedded as it is rather than as an escaped string, which could double its size.
        String payload = signal.frame() == null ? head
                : head.substring(0, head.length() - 1) + ",\"frame\":" + signal.frame() + "}";
        if (payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES) {
            // Message and note lengths are capped far below this; reaching it is a programming error.
            throw new IllegalStateException("A chat signal is too large for a notification");
        }
        return payload;
    }

    private static Signal decode(JsonNode node) {
        JsonNode conversation = node.get("conversation");
        JsonNode frame = node.get("frame");
        return new Signal(Signal.Route.valueOf(node.get("route").asText()),
                conversation == null || conversation.isNull() ? null : UUID.fromString(conversation.asText()),
                node.hasNonNull("user") ? node.get("user").asText() : null,
                frame == null ? null : frame.toString());
    }

    void start(@Observes StartupEvent event) {
        running = true;
        notifier.start();
        listener = Thread.ofPlatform().name("chat-bus-listener").daemon().start(this::listen);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        notifier.stop();
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listen() {
        boolean reconnecting = false;
        while (running) {
            try (Connection connection = DriverManager.getConnection(jdbcUrl, username, password)) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                if (reconnecting) {
                    resynchronise();
                }
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] received = notifications.getNotifications((int) POLL.toMillis());
                    if (received != null) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    Log.warnf("The chat bus lost its database connection (%s); reconnecting", e.getMessage());
                    reconnecting = true;
                    sleep(RECONNECT_AFTER);
                }
            }
        }
    }

    private void receive(String payload) {
        try {
            JsonNode node = json.readTree(payload);
            // This instance delivered its own signals when their transaction committed.
            if (!instanceId.equals(node.path("origin").asText())) {
                deliverHere(decode(node));
            }
        } catch (IOException | RuntimeException e) {
            Log.errorf(e, "A chat signal could not be read");
        }
    }

    /**
     * Signals sent while the listener was away are lost to it, though every message is stored. Closing the
     * connections makes the clients reconnect and replay from their last sequence number: nothing is missed.
     */
    private void resynchronise() {
        queueChanged.set(true);
        connections.closeAll();
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
