package se.socialkontakt.chat.delivery;

import io.quarkus.logging.Log;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Sends the other instances' notifications, many in one transaction of a connection of its own.
 *
 * <p>Why not {@code pg_notify} in the transaction that stores a message: PostgreSQL serialises the commits of all
 * transactions that notify under one database-wide lock, held across the commit's WAL flush, so every message would
 * wait for the flushes of all messages before it (the chat benchmark collapsed at 2,500 messages a second). Here the
 * message commits on its own, flushed together with its neighbours' by PostgreSQL's group commit, and its
 * notification follows in a batch with whatever else is waiting: one lock and one commit for all of them. That commit
 * need not be flushed ({@code synchronous_commit = off}): a notification is a signal about data already durable, and
 * one lost in a database crash is made good by the listeners' resynchronisation when their connection drops.
 */
final class SignalNotifier {
    /** Callers' signal lists sent in one transaction at most; PostgreSQL delivers them in order at its commit. */
    private static final int MAX_BATCH = 500;
    private static final Duration RECONNECT_AFTER = Duration.ofSeconds(1);

    private record Pending(List<String> payloads, CompletableFuture<Void> sent) {
    }

    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final String channel;
    private final String jdbcUrl;
    private final String username;
    private final String password;
    private volatile boolean running;
    private Thread sender;
    private Connection connection;

    SignalNotifier(String channel, String jdbcUrl, String username, String password) {
        this.channel = channel;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
    }

    void start() {
        running = true;
        sender = Thread.ofPlatform().name("chat-bus-notifier").daemon().start(this::sendWhileRunning);
    }

    void stop() {
        running = false;
        if (sender != null) {
            sender.interrupt();
        }
    }

    /** Queues the payloads; the future completes when their notifications are committed. */
    CompletableFuture<Void> send(List<String> payloads) {
        Pending pending = new Pending(payloads, new CompletableFuture<>());
        if (!running) {
            pending.sent().completeExceptionally(new IllegalStateException("the chat bus is stopped"));
        } else {
            queue.add(pending);
        }
        return pending.sent();
    }

    private void sendWhileRunning() {
        List<Pending> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(queue.take());
                queue.drainTo(batch, MAX_BATCH - 1);
                sendBatch(batch);
            } catch (InterruptedException stopping) {
                Thread.currentThread().interrupt();
                break;
            } catch (RuntimeException e) {
                // This thread is the only sender: it must outlive a batch it cannot send.
                Log.errorf(e, "Chat signals for other instances were not sent; their listeners resynchronise");
                batch.forEach(p -> p.sent().completeExceptionally(e));
            }
            batch.clear();
        }
        // Whoever waits on these hears at once that the bus stopped, rather than after its timeout.
        batch.addAll(queue);
        batch.forEach(p -> p.sent().completeExceptionally(new IllegalStateException("the chat bus stopped")));
        closeConnection();
    }

    private void sendBatch(List<Pending> batch) throws InterruptedException {
        try {
            sendOnce(batch);
        } catch (SQLException firstTry) {
            // A dropped connection: one more try on a fresh one, then give up on this batch (see the class comment).
            closeConnection();
            Thread.sleep(RECONNECT_AFTER);
            try {
                sendOnce(batch);
            } catch (SQLException e) {
                closeConnection();
                Log.warnf("Chat signals for other instances were not sent (%s); their listeners resynchronise",
                        e.getMessage());
                batch.forEach(p -> p.sent().completeExceptionally(e));
                return;
            }
        }
        batch.forEach(p -> p.sent().complete(null));
    }

    private void sendOnce(List<Pending> batch) throws SQLException {
        Connection open = connection();
        List<String> payloads = new ArrayList<>();
        batch.forEach(pending -> payloads.addAll(pending.payloads()));
        // One round trip for the whole batch; unnest yields the payloads in order, and the notifications follow it.
        try (PreparedStatement notify = open.prepareStatement(
                "SELECT count(pg_notify(?, payload)) FROM unnest(?::text[]) AS payload")) {
            notify.setString(1, channel);
            notify.setArray(2, open.createArrayOf("text", payloads.toArray()));
            notify.execute();
        }
        open.commit();
    }

    private Connection connection() throws SQLException {
        if (connection == null) {
            Connection fresh = DriverManager.getConnection(jdbcUrl, username, password);
            try (Statement statement = fresh.createStatement()) {
                statement.execute("SET synchronous_commit = off");
            }
            fresh.setAutoCommit(false);
            connection = fresh;
        }
        return connection;
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the connection is broken already; a fresh one is opened for the next batch
            }
            connection = null;
        }
    }
}
