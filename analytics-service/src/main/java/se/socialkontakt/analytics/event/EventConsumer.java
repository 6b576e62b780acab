package se.socialkontakt.analytics.event;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.InvalidEventException;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores every event of the producer topics, a poll's batch at a time, in one transaction with the batches of other
 * polls that wait meanwhile ({@link GroupCommit}). The batch is acknowledged (its offsets committed) only after this
 * method returns, i.e. after its insert committed; a redelivered event hits the primary
 * key and is ignored. An event of a type this build does not know is kept and counted as unknown; a malformed record
 * goes to the dead-letter topic with the reason, and the consumer carries on.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventStore store;
    private final GroupCommit<List<EventStore.Received>> groups;
    private final IngestProgress progress;
    private final MutinyEmitter<byte[]> deadLetters;
    private final Counter duplicates;
    private final Counter rejected;
    private final Counter unknown;

    EventConsumer(EventStore store, IngestProgress progress, @Channel("dead-letters") MutinyEmitter<byte[]> deadLetters,
            MeterRegistry registry) {
        this.store = store;
        this.groups = new GroupCommit<>(this::storeTogether);
        this.progress = progress;
        this.deadLetters = deadLetters;
        this.duplicates = registry.counter("socialkontakt.analytics.events.duplicates");
        this.rejected = registry.counter("socialkontakt.analytics.events.rejected");
        this.unknown = registry.counter("socialkontakt.analytics.events.unknown");
    }

    @Incoming("chat-events")
    @Incoming("housing-events")
    @Incoming("contact-events")
    @Incoming("crisis-messages")
    @Blocking(value = "event-store", ordered = false)
    public void consume(ConsumerRecords<String, byte[]> records) throws SQLException {
        List<EventStore.Received> events = new ArrayList<>(records.count());
        for (ConsumerRecord<String, byte[]> record : records) {
            EventStore.Received received;
            try {
                CloudEvent event = EventEnvelope.readKeepingUnknown(record.value());
                received = new EventStore.Received(event);
            } catch (InvalidEventException e) {
                rejected.increment();
                LOG.warnf("Rejected record %s-%d@%d to the dead-letter topic: %s", record.topic(), record.partition(),
                        record.offset(), e.getMessage());
                // Sent and acknowledged by the broker before this batch's offsets are committed: nothing is lost.
                deadLetters.sendMessageAndAwait(deadLetter(record, e.getMessage()));
                continue;
            }
            if (!received.known()) {
                unknown.increment();
            }
            events.add(received);
        }
        if (!events.isEmpty()) {
            groups.write(events);
        }
        progress.stored();
    }

    /**
     * Stores the batches handed over side by side in one transaction. Every transaction that stores events takes the
     * one aggregate lock, so stored a transaction each they only queued: at a steady thousand events a second the
     * channels' polls bring a few events each, and every one paid a whole transaction in turn.
     */
    private void storeTogether(List<List<EventStore.Received>> batches) throws SQLException {
        List<EventStore.Received> events = batches.size() == 1 ? batches.getFirst()
                : batches.stream().flatMap(List::stream).toList();
        long start = System.nanoTime();
        int stored = store.store(events);
        LOG.debugf("Stored %d batches, %d events (%d new) in %d ms", batches.size(), events.size(), stored,
                (System.nanoTime() - start) / 1_000_000);
        if (stored < events.size()) {
            duplicates.increment(events.size() - stored);
        }
    }

    private static Message<byte[]> deadLetter(ConsumerRecord<String, byte[]> record, String reason) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", utf8(reason.length() > 1000 ? reason.substring(0, 1000) : reason));
        headers.add("dead-letter-topic", utf8(record.topic()));
        headers.add("dead-letter-partition", utf8(String.valueOf(record.partition())));
        headers.add("dead-letter-offset", utf8(String.valueOf(record.offset())));
        byte[] value = record.value() == null ? new byte[0] : record.value();
        return Message.of(value).addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key()).withHeaders(headers).build());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
