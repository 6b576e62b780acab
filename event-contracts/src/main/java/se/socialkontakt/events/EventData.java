package se.socialkontakt.events;

import java.util.UUID;

/**
 * The payload of an event. Payloads carry no personal data: random ids, codes, bands and timestamps only (see the
 * schema test that enforces it).
 */
public interface EventData {

    /** The aggregate the event is about; it becomes the CloudEvent subject and the Kafka record key. */
    UUID aggregateId();
}
