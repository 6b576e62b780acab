package se.socialkontakt.analytics.event;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.socialkontakt.analytics.aggregate.AggregateStore;
import se.socialkontakt.analytics.aggregate.StoredEvent;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.support.unavailable.WaitsForDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The stored events, each once: the archive every figure comes from. Nothing is ever deleted from it to rebuild
 * anything; a topic read again from its start only adds what is missing.
 */
@ApplicationScoped
public class EventStore {
    /*
     * One statement per batch, whatever its size: each column travels as one array parameter, so neither the statement
     * text nor the parameter count grows with the batch, and PostgreSQL plans it once per connection.
     */
    private static final String INSERT = """
            INSERT INTO event (id, type, source, subject, occurred_at, received_at, data, known)
            SELECT id, type, source, subject, CAST(occurred_at AS timestamptz), ?, CAST(data AS jsonb), known
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])
                AS e(id, type, source, subject, occurred_at, data, known)
            ON CONFLICT (id) DO NOTHING
            RETURNING id, seq""";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final AggregateStore aggregates;
    private final Clock clock;

    EventStore(EntityManager em, AgroalDataSource dataSource, AggregateStore aggregates, Clock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.aggregates = aggregates;
        this.clock = clock;
    }

    /** An event as read from a topic, and whether this build knows its type. */
    public record Received(CloudEvent event, boolean known) {
    }

    /**
     * Stores the events in one transaction, each unless one with the same id is already stored, and applies the new
     * ones to the serving aggregates in the same transaction; returns how many were new. When this returns, they are
     * committed.
     */
    @WaitsForDatabase
    @Transactional(rollbackOn = SQLException.class)
    public int store(List<Received> events) throws SQLException {
        Map<String, Received> byId = new TreeMap<>();
        events.forEach(received -> byId.putIfAbsent(received.event().getId(), received));
        int n = byId.size();
        String[] ids = new String[n];
        String[] types = new String[n];
        String[] sources = new String[n];
        String[] subjects = new String[n];
        String[] occurred = new String[n];
        String[] data = new String[n];
        Boolean[] known = new Boolean[n];
        Map<String, Instant> occurredAt = new HashMap<>();
        Instant now = clock.instant();
        int i = 0;
        for (Received received : byId.values()) {
            CloudEvent event = received.event();
            Instant at = event.getTime() != null ? event.getTime().toInstant() : now;
            occurredAt.put(event.getId(), at);
            ids[i] = event.getId();
            types[i] = event.getType();
            sources[i] = event.getSource().toString();
            subjects[i] = event.getSubject() == null ? "" : event.getSubject();
            occurred[i] = at.toString();
            data[i] = EventEnvelope.dataAsJson(event).toString();
            known[i] = received.known();
            i++;
        }
        try (Connection connection = dataSource.getConnection()) {
            aggregates.lock(connection);
            List<StoredEvent> stored = new ArrayList<>();
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                insert.setObject(1, now.atOffset(ZoneOffset.UTC));
                insert.setArray(2, connection.createArrayOf("text", ids));
                insert.setArray(3, connection.createArrayOf("text", types));
                insert.setArray(4, connection.createArrayOf("text", sources));
                insert.setArray(5, connection.createArrayOf("text", subjects));
                insert.setArray(6, connection.createArrayOf("text", occurred));
                insert.setArray(7, connection.createArrayOf("text", data));
                insert.setArray(8, connection.createArrayOf("boolean", known));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        CloudEvent event = byId.get(rows.getString(1)).event();
                        stored.add(new StoredEvent(rows.getLong(2), event.getId(), event.getType(),
                                event.getSubject() == null ? "" : event.getSubject(), occurredAt.get(event.getId()),
                                EventType.fromType(event.getType())
                                        .map(type -> type.readData(EventEnvelope.dataAsJson(event))).orElse(null)));
                    }
                }
            }
            stored.sort(Comparator.comparingLong(StoredEvent::seq));
            aggregates.applyToServing(connection, stored);
            return stored.size();
        }
    }

    public record EventSummary(String id, String type, String source, String subject, Instant occurredAt) {
    }

    /**
     * The storage number of the newest event stored; 0 when none is. Numbers are drawn under the aggregate lock, so
     * they rise in commit order, which the receipt stamps need not: a batch stamps its receipt before it queues for
     * the lock.
     */
    public long newestSeq() {
        Object newest = em.createNativeQuery("SELECT coalesce(max(seq), 0) FROM event").getSingleResult();
        return ((Number) newest).longValue();
    }

    /** When the newest stored event was received; the epoch when none is stored. */
    public Instant newestReceived() {
        Object newest = em.createNativeQuery("SELECT max(received_at) FROM event").getSingleResult();
        return newest == null ? Instant.EPOCH : toInstant(newest);
    }

    /** The events about one aggregate (a conversation, application or case), oldest first. */
    public List<EventSummary> aboutSubject(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, type, source, subject, occurred_at FROM event WHERE subject = :subject
                ORDER BY occurred_at, id""")
                .setParameter("subject", subject)
                .getResultList();
        return rows.stream().map(r -> new EventSummary((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                toInstant(r[4]))).toList();
    }

    private static Instant toInstant(Object value) {
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        return (Instant) value;
    }
}
