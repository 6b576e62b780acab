package se.socialkontakt.chat.conversation;

import io.quarkus.logging.Log;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;

/**
 * Stores messages in batches, so that a transaction's fixed cost (its round trips, its commit, the JTA bookkeeping) is
 * shared by every message that arrived meanwhile. Under light load a batch is one message and nothing waits for
 * others; under heavy load batches grow by themselves, which keeps delivery fast when thousands of conversations
 * write at once. Each conversation belongs to one lane (by its id), a lane writes one batch at a time, and a batch
 * holds at most one message of a conversation, so a conversation's messages are numbered in the order they came.
 *
 * <p>A write returns once its message is committed and the other instances were signalled: the caller acknowledges
 * only then. Hand-written because no library batches JTA work across callers; the pattern is PostgreSQL's own group
 * commit, one level up.
 */
@ApplicationScoped
class MessageWriter {
    /** Messages in one statement at most; the arrays stay far below PostgreSQL's limits. */
    private static final int MAX_BATCH = 500;
    /** A caller that waits longer gives up unacknowledged; its client sends again and the resend is recognised. */
    private static final Duration WAIT_AT_MOST = Duration.ofSeconds(10);

    private record Submission(MessageBatch.Message message, CompletableFuture<Long> seq) {
    }

    private final MessageBatch batch;
    private final List<Lane> lanes;
    private volatile boolean running;

    MessageWriter(MessageBatch batch, @ConfigProperty(name = "socialkontakt.chat.message-writer.lanes") int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("socialkontakt.chat.message-writer.lanes must be at least 1");
        }
        this.batch = batch;
        this.lanes = IntStream.range(0, lanes).mapToObj(Lane::new).toList();
    }

    /** Stores the message and returns its number; throws the refusal of a message its conversation does not take. */
    long write(MessageBatch.Message message) {
        Submission submission = new Submission(message, new CompletableFuture<>());
        if (!running) {
            throw new IllegalStateException("The message writer is stopped");
        }
        lanes.get(Math.floorMod(message.conversationId().hashCode(), lanes.size())).queue.add(submission);
        try {
            return submission.seq().get(WAIT_AT_MOST.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException refusedOrFailed) {
                throw refusedOrFailed;
            }
            throw new IllegalStateException("A message could not be stored", e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("A message was not stored within " + WAIT_AT_MOST.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while a message was stored", e);
        }
    }

    void start(@Observes StartupEvent event) {
        running = true;
        lanes.forEach(Lane::start);
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        lanes.forEach(Lane::stop);
    }

    private void write(List<Submission> submissions) {
        Map<MessageBatch.Message, Submission> byMessage = new IdentityHashMap<>();
        submissions.forEach(s -> byMessage.put(s.message(), s));
        MessageBatch.Written written;
        try {
            written = batch.store(submissions.stream().map(Submission::message).toList());
        } catch (Exception e) {
            if (submissions.size() == 1) {
                submissions.getFirst().seq().completeExceptionally(e);
            } else {
                // One message can fail the whole statement (a deadlock with another writer of its conversation, say):
                // alone, each can fail only itself.
                Log.debugf("A batch of %d messages failed (%s); storing them one by one", submissions.size(), e);
                submissions.forEach(s -> write(List.of(s)));
            }
            return;
        }
        written.signalled().whenComplete((signalled, never) ->
                written.stored().forEach((message, seq) -> byMessage.get(message).seq().complete(seq)));
        for (MessageBatch.Message message : written.notStored()) {
            try {
                byMessage.get(message).seq().complete(batch.storedBeforeOrRefused(message));
            } catch (RuntimeException refused) {
                byMessage.get(message).seq().completeExceptionally(refused);
            }
        }
    }

    /** One thread writing the batches of its share of the conversations. */
    private final class Lane {
        final BlockingQueue<Submission> queue = new LinkedBlockingQueue<>();
        /** Messages of a conversation that already had one in the batch: first in the next one, in their order. */
        private final Deque<Submission> deferred = new ArrayDeque<>();
        private final int number;
        private Thread thread;

        Lane(int number) {
            this.number = number;
        }

        void start() {
            thread = Thread.ofPlatform().name("chat-message-writer-" + number).daemon().start(this::run);
        }

        void stop() {
            if (thread != null) {
                thread.interrupt();
            }
        }

        private void run() {
            while (running) {
                try {
                    write(next());
                } catch (InterruptedException stopping) {
                    break;
                } catch (RuntimeException e) {
                    // This thread is its conversations' only writer: it must outlive whatever one batch does.
                    Log.errorf(e, "The chat message writer failed a batch");
                }
            }
            // Whoever still waits hears at once that the writer stopped; their clients send again elsewhere.
            List<Submission> left = new ArrayList<>(deferred);
            queue.drainTo(left);
            left.forEach(s -> s.seq().completeExceptionally(new IllegalStateException("The message writer stopped")));
        }

        /** The next batch: deferred messages first, then whatever is waiting, one message per conversation. */
        private List<Submission> next() throws InterruptedException {
            List<Submission> waiting = new ArrayList<>(deferred);
            deferred.clear();
            if (waiting.isEmpty()) {
                waiting.add(queue.take());
            }
            queue.drainTo(waiting, Math.max(0, MAX_BATCH - waiting.size()));
            Set<UUID> conversations = new HashSet<>();
            List<Submission> next = new ArrayList<>();
            for (Submission submission : waiting) {
                if (conversations.add(submission.message().conversationId())) {
                    next.add(submission);
                } else {
                    deferred.add(submission);
                }
            }
            return next;
        }
    }
}
