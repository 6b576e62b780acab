package se.socialkontakt.analytics.event;

import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.socialkontakt.analytics.aggregate.AggregateStore;
import se.socialkontakt.analytics.aggregate.StoredEvent;
import se.socialkontakt.events.EventData;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The stored events, each once: the archive every figure comes from. Nothing is ever deleted from it to rebuild
 * anything; a topic read again from its start only adds what is missing.
 */
@ApplicationScoped
public class EventStore {
    /*
     * One statement per batch, whatever its size: each column travels as one array parameter, so neither the statement
     * text nor the parameter count grows with the batch, and PostgreSQL plans it once per connection. It also returns
     * the serving generation (0 while the first is being built), read once per statement, so that applying the events
     * to it costs no round trip of its own; the statement runs after the aggregate lock is taken, so its snapshot sees
     * any switch of generations committed before.
     */
    private static final String INSERT = """
            INSERT INTO event (id, type, source, subject, occurred_at, received_at, data, known)
            SELECT id, type, source, subject, CAST(occurred_at AS timestamptz), ?, CAST(data AS jsonb), known
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::boolean[])
                AS e(id, type, source, subject, occurred_at, data, known)
            ON CONFLICT (id) DO NOTHING
            RETURNING id, seq, (%s)""".formatted(AggregateStore.SERVING_GENERATION);

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

    /**
     * An event as read from a topic, whether this build knows its type, and what storing it needs: its payload as
     * JSON text and, for a known type, as its record. Both are made when the event is received, on the channel's own
     * thread, so that the transaction every channel queues for (see {@link AggregateStore#lock}) parses nothing.
     */
    public record Received(String id, String type, String source, String subject, Instant time, String dataJson,
            EventData data, boolean known) {
        /** @throws se.socialkontakt.events.InvalidEventException when a known type's payload is not its record */
        public Received(CloudEvent event) {
            this(event, EventEnvelope.dataAsJson(event), EventType.fromType(event.getType()));
        }

        private Received(CloudEvent event, JsonNode data, Optional<EventType> type) {
            this(event.getId(), event.getType(), event.getSource().toString(),
                    event.getSubject() == null ? "" : event.getSubject(),
                    event.getTime() == null ? null : event.getTime().toInstant(), data.toString(),
                    type.map(known -> known.readData(data)).orElse(null), type.isPresent());
        }
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
        events.forEach(received -> byId.putIfAbsent(received.id(), received));
        int n = byId.size();
        String[] ids = new String[n];
        String[] types = new String[n];
        String[] sources = new String[n];
        String[] subjects = new String[n];
        String[] occurred = new String[n];
        String[] data = new String[n];
        Boolean[] known = new Boolean[n];
        Instant now = clock.instant();
        int i = 0;
        for (Received received : byId.values()) {
            ids[i] = received.id();
            types[i] = received.type();
            sources[i] = received.source();
            subjects[i] = received.subject();
            occurred[i] = occurredAt(received, now).toString();
            data[i] = received.dataJson();
            known[i] = received.known();
            i++;
        }
        try (Connection connection = dataSource.getConnection()) {
            aggregates.lock(connection);
            List<StoredEvent> stored = new ArrayList<>();
            int serving = 0;
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
                        Received received = byId.get(rows.getString(1));
                        serving = rows.getInt(3);
                        stored.add(new StoredEvent(rows.getLong(2), received.id(), received.type(),
                                received.subject(), occurredAt(received, now), received.data()));
                    }
                }
            }
            stored.sort(Comparator.comparingLong(StoredEvent::seq));
            aggregates.applyToServing(connection, serving, stored);
            return stored.size();
        }
    }

    /** When the event occurred; when it does not say, when it was stored. */
    private static Instant occurredAt(Received received, Instant now) {
        return received.time() != null ? received.time() : now;
    }

    public record EventSummary(String id, String type, String source, String subject, Instant occurredAt) {
    }

    /**
     * When the newest stored event was received; the epoch when none is stored. The newest by storage number, which
     * rises in commit order (batches are stored one at a time under the aggregate lock), so its receipt is the latest
     * unless instances' clocks disagree; no index on the receipt itself is kept up by every insert for this one read.
     */
    public Instant newestReceived() {
        @SuppressWarnings("unchecked")
        List<Object> newest = em.createNativeQuery("SELECT received_at FROM event ORDER BY seq DESC LIMIT 1")
                .getResultList();
        return newest.isEmpty() ? Instant.EPOCH : toInstant(newest.get(0));
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
