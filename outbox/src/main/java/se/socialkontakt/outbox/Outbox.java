package se.socialkontakt.outbox;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventEnvelope;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;

/** The one way a service publishes an event: inside the transaction that changes the state it reports. */
@ApplicationScoped
public class Outbox {
    private final URI source;
    private final Clock clock;

    /** Public for generated history (demo data), which stamps its events with a clock of its own. */
    public Outbox(@ConfigProperty(name = "socialkontakt.events.source") URI source, Clock clock) {
        this.source = source;
        this.clock = clock;
    }

    /**
     * Records the event in the caller's transaction; the relay publishes it after the commit. Mandatory
     * transaction: an event without its state change (or the reverse) is exactly what the outbox prevents.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public CloudEvent publish(EventData data) {
        CloudEvent event = EventEnvelope.wrap(source, data, clock);
        OutboxEvent row = new OutboxEvent();
        row.id = UUID.fromString(event.getId());
        row.aggregateId = data.aggregateId();
        row.type = event.getType();
        row.payload = new String(EventEnvelope.serialize(event), StandardCharsets.UTF_8);
        row.createdAt = clock.instant();
        row.persist();
        return event;
    }
}
