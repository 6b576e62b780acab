package se.socialkontakt.analytics.event;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets the threads that store batches share transactions, as PostgreSQL's group commit shares a WAL flush: the
 * thread that finds no write running writes its own batch together with every batch that waits, in one call; the
 * others wait for that call to end and either find their batch written or take the next turn. A caller returns only
 * when its batch is written (or failed), so whatever it acknowledges afterwards is durable.
 *
 * <p>A group holds at most one batch per calling thread, so its size is bounded by the threads that call. When a
 * group of several fails, each of its batches is written again alone: a batch can then fail only itself.
 */
final class GroupCommit<B> {
    /** Writes batches in one transaction. */
    @FunctionalInterface
    interface Writer<B> {
        void write(List<B> batches) throws SQLException;
    }

    private static final class Pending<B> {
        final B batch;
        boolean done;
        Throwable failure;

        Pending(B batch) {
            this.batch = batch;
        }
    }

    private final Writer<B> writer;
    private final List<Pending<B>> waiting = new ArrayList<>();
    private boolean writing;

    GroupCommit(Writer<B> writer) {
        this.writer = writer;
    }

    /** Writes the batch, possibly with others, and returns once it is written; throws what its write threw. */
    void write(B batch) throws SQLException {
        Pending<B> mine = new Pending<>(batch);
        List<Pending<B>> group;
        synchronized (this) {
            waiting.add(mine);
            while (writing && !mine.done) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    waiting.remove(mine);
                    throw new IllegalStateException("Interrupted while a batch waited to be stored", e);
                }
            }
            if (!mine.done) {
                writing = true;
                group = List.copyOf(waiting);
                waiting.clear();
            } else {
                group = List.of();
            }
        }
        if (!group.isEmpty()) {
            try {
                writeGroup(group);
            } finally {
                synchronized (this) {
                    writing = false;
                    notifyAll();
                }
            }
        }
        rethrow(mine.failure);
    }

    private void writeGroup(List<Pending<B>> group) {
        try {
            writer.write(group.stream().map(pending -> pending.batch).toList());
        } catch (SQLException | RuntimeException | Error e) {
            // Every batch of the group must end done, or its caller would take the next turn without it in the list
            // and acknowledge a batch never written.
            if (group.size() == 1) {
                finish(group, e);
                return;
            }
            group.forEach(pending -> writeGroup(List.of(pending)));
            return;
        }
        finish(group, null);
    }

    private void finish(List<Pending<B>> group, Throwable failure) {
        synchronized (this) {
            for (Pending<B> pending : group) {
                pending.failure = failure;
                pending.done = true;
            }
        }
    }

    private static void rethrow(Throwable failure) throws SQLException {
        if (failure instanceof SQLException sql) {
            throw sql;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
    }
}
