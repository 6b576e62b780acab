package se.socialkontakt.outbox;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Publishes unsent outbox rows in creation order and marks them sent once Kafka acknowledged them (acks=all). A row
 * whose send fails stays unsent and is retried on the next round, so an outage delays events but loses none; a row
 * sent but not yet marked (a crash in between) is sent again, which the consumers' deduplication by id absorbs.
 * Rows are claimed with SKIP LOCKED, so several instances of a service can relay side by side.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final MutinyEmitter<String> emitter;
    private final Clock clock;
    private final int batchSize;
    private final Duration sendTimeout;
    private final Duration keepSent;
    private final String topicSuffix;

    OutboxRelay(@Channel("outbox") MutinyEmitter<String> emitter, Clock clock,
            @ConfigProperty(name = "socialkontakt.outbox.batch-size") int batchSize,
            @ConfigProperty(name = "socialkontakt.outbox.send-timeout") Duration sendTimeout,
            @ConfigProperty(name = "socialkontakt.outbox.keep-sent") Duration keepSent,
            @ConfigProperty(name = "socialkontakt.outbox.topic-suffix") Optional<String> topicSuffix) {
        this.emitter = emitter;
        this.clock = clock;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
        this.keepSent = keepSent;
        this.topicSuffix = topicSuffix.orElse("");
    }

    @Scheduled(every = "${socialkontakt.outbox.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void relayPending() {
        while (QuarkusTransaction.requiringNew().call(this::relayBatch) == batchSize) {
            // A full batch suggests more are waiting: keep going rather than wait for the next tick.
        }
    }

    /** Publishes one batch inside the transaction that holds its row locks; returns how many rows were sent. */
    int relayBatch() {
        @SuppressWarnings("unchecked")
        List<OutboxEvent> batch = Panache.getEntityManager().createNativeQuery("""
                SELECT * FROM outbox_event WHERE sent_at IS NULL ORDER BY created_at
                LIMIT :limit FOR UPDATE SKIP LOCKED""", OutboxEvent.class)
                .setParameter("limit", batchSize)
                .getResultList();
        if (batch.isEmpty()) {
            return 0;
        }
        // All sends start at once (the Unis are lazy); one deadline bounds the whole batch, so an absent broker
        // holds the row locks for sendTimeout at most. They start with the transaction suspended: context propagation
        // would otherwise carry it to the Kafka thread that completes a send, and an acknowledgement arriving there
        // as the transaction commits (a send past its deadline during a broker fault) failed the commit ("Commit of
        // action invoked while multiple threads active within it"), so the batch was sent again.
        List<CompletableFuture<Void>> sends = QuarkusTransaction.suspendingExisting().call(() -> batch.stream()
                .map(row -> emitter.sendMessage(toMessage(row)).subscribeAsCompletionStage()).toList());
        long deadline = System.nanoTime() + sendTimeout.toNanos();
        int sent = 0;
        for (int i = 0; i < batch.size(); i++) {
            OutboxEvent row = batch.get(i);
            try {
                sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                row.sentAt = clock.instant();
                row.lastError = null;
                sent++;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                row.attempts++;
                row.lastError = abbreviate(String.valueOf(e instanceof ExecutionException ? e.getCause() : e));
                LOG.warnf("Outbox event %s not published yet (attempt %d): %s", row.id, row.attempts, row.lastError);
            }
        }
        return sent;
    }

    /** Sent rows are kept a while for troubleshooting, then removed so the table stays small. */
    @Scheduled(every = "1h", delayed = "1m")
    @SkipsRunWhileDatabaseUnreachable
    void purgeSent() {
        QuarkusTransaction.requiringNew().run(() -> OutboxEvent.delete("sentAt < ?1", clock.instant().minus(keepSent)));
    }

    private Message<String> toMessage(OutboxEvent row) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("content-type", EventEnvelope.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        // Each event goes to the topic its type names, so one service can publish to more than one topic.
        String topic = EventType.fromType(row.type).map(type -> type.topic() + topicSuffix)
                .orElseThrow(() -> new IllegalStateException("No topic for event type " + row.type));
        return Message.of(row.payload).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(topic)
                .withKey(row.aggregateId.toString())
                .withHeaders(headers)
                .build());
    }

    private static String abbreviate(String text) {
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }
}
