package se.socialkontakt.analytics.event;

import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.InvalidEventException;

/**
 * Stores every event of the three producer topics. The record is acknowledged (its offset committed) only after
 * this method returns, i.e. after the insert committed; a redelivered event hits the primary key and is ignored.
 */
@ApplicationScoped
public class EventConsumer {
    private static final Logger LOG = Logger.getLogger(EventConsumer.class);

    private final EventStore store;
    private final Counter duplicates;
    private final Counter rejected;

    EventConsumer(EventStore store, MeterRegistry registry) {
        this.store = store;
        this.duplicates = registry.counter("socialkontakt.analytics.events.duplicates");
        this.rejected = registry.counter("socialkontakt.analytics.events.rejected");
    }

    @Incoming("chat-events")
    @Incoming("housing-events")
    @Incoming("contact-events")
    @Incoming("crisis-messages")
    @Blocking
    public void consume(ConsumerRecord<String, byte[]> record) {
        CloudEvent event;
        try {
            event = EventEnvelope.read(record.value());
        } catch (InvalidEventException e) {
            // Retrying cannot fix a malformed event; it is counted and logged (without its content) and skipped.
            rejected.increment();
            LOG.warnf("Rejected record %s-%d@%d: %s", record.topic(), record.partition(), record.offset(),
                    e.getMessage());
            return;
        }
        if (!store.store(event)) {
            duplicates.increment();
            LOG.debugf("Event %s already stored", event.getId());
        }
    }
}
