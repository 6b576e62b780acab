package se.socialkontakt.analytics.aggregate;

import se.socialkontakt.events.EventData;

import java.time.Instant;

/**
 * A stored event as the aggregates read it: its place in the order of storage ({@code seq}), its type and its typed
 * payload (null for a type this build does not know).
 */
public record StoredEvent(long seq, String id, String type, String subject, Instant occurredAt, EventData data) {
}
