package se.socialkontakt.analytics.event;

import io.agroal.api.AgroalDataSource;
import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.socialkontakt.events.EventEnvelope;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The stored events, each once, and the counts computed from them. */
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
            ON CONFLICT (id) DO NOTHING""";

    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final Clock clock;

    EventStore(EntityManager em, AgroalDataSource dataSource, Clock clock) {
        this.em = em;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** An event as read from a topic, and whether this build knows its type. */
    public record Received(CloudEvent event, boolean known) {
    }

    /**
     * Stores the events in one transaction, each unless one with the same id is already stored; returns how many
     * were new. When this returns, they are committed.
     */
    @Transactional(rollbackOn = SQLException.class)
    public int store(List<Received> events) throws SQLException {
        // Sorted by id, so that two batches holding the same ids (a replay next to a redelivery) take the key locks
        // in the same order and never deadlock; a batch's own duplicates are dropped here.
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
        Instant now = clock.instant();
        int i = 0;
        for (Received received : byId.values()) {
            CloudEvent event = received.event();
            ids[i] = event.getId();
            types[i] = event.getType();
            sources[i] = event.getSource().toString();
            subjects[i] = event.getSubject() == null ? "" : event.getSubject();
            occurred[i] = (event.getTime() != null ? event.getTime().toInstant() : now).toString();
            data[i] = EventEnvelope.dataAsJson(event).toString();
            known[i] = received.known();
            i++;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, now.atOffset(ZoneOffset.UTC));
            insert.setArray(2, connection.createArrayOf("text", ids));
            insert.setArray(3, connection.createArrayOf("text", types));
            insert.setArray(4, connection.createArrayOf("text", sources));
            insert.setArray(5, connection.createArrayOf("text", subjects));
            insert.setArray(6, connection.createArrayOf("text", occurred));
            insert.setArray(7, connection.createArrayOf("text", data));
            insert.setArray(8, connection.createArrayOf("boolean", known));
            return insert.executeUpdate();
        }
    }

    public record DailyCount(LocalDate day, String type, long count) {
    }

    public record StoredEvent(String id, String type, String source, String subject, Instant occurredAt) {
    }

    /** Events per type and local day, over the days from {@code from} to {@code to} inclusive. */
    public List<DailyCount> countsPerTypeAndDay(LocalDate from, LocalDate to, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT CAST((occurred_at AT TIME ZONE :zone) AS date) AS day, type, count(*)
                FROM event
                WHERE occurred_at >= :start AND occurred_at < :end
                GROUP BY day, type ORDER BY day, type""")
                .setParameter("zone", zone.getId())
                .setParameter("start", Timestamp.from(from.atStartOfDay(zone).toInstant()))
                .setParameter("end", Timestamp.from(to.plusDays(1).atStartOfDay(zone).toInstant()))
                .getResultList();
        return rows.stream().map(r -> new DailyCount((LocalDate) r[0], (String) r[1],
                ((Number) r[2]).longValue())).toList();
    }

    /** When the newest stored event was received; the epoch when none is stored. */
    public Instant newestReceived() {
        Object newest = em.createNativeQuery("SELECT max(received_at) FROM event").getSingleResult();
        return newest == null ? Instant.EPOCH : toInstant(newest);
    }

    /** The events about one aggregate (a conversation, application or case), oldest first. */
    public List<StoredEvent> aboutSubject(String subject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT id, type, source, subject, occurred_at FROM event WHERE subject = :subject
                ORDER BY occurred_at, id""")
                .setParameter("subject", subject)
                .getResultList();
        return rows.stream().map(r -> new StoredEvent((String) r[0], (String) r[1], (String) r[2], (String) r[3],
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
