package se.socialkontakt.analytics.event;

import io.cloudevents.CloudEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.socialkontakt.events.EventEnvelope;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** The stored events, each once, and the counts computed from them. */
@ApplicationScoped
public class EventStore {
    private final EntityManager em;
    private final Clock clock;

    EventStore(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** Stores the event unless one with the same id is already stored; returns whether it was new. */
    @Transactional
    public boolean store(CloudEvent event, boolean known) {
        int inserted = em.createNativeQuery("""
                INSERT INTO event (id, type, source, subject, occurred_at, received_at, data, known)
                VALUES (:id, :type, :source, :subject, :occurredAt, :receivedAt, CAST(:data AS jsonb), :known)
                ON CONFLICT (id) DO NOTHING""")
                .setParameter("id", event.getId())
                .setParameter("type", event.getType())
                .setParameter("source", event.getSource().toString())
                .setParameter("subject", event.getSubject() == null ? "" : event.getSubject())
                .setParameter("occurredAt", Timestamp.from(event.getTime() != null
                        ? event.getTime().toInstant() : clock.instant()))
                .setParameter("receivedAt", Timestamp.from(clock.instant()))
                .setParameter("data", EventEnvelope.dataAsJson(event).toString())
                .setParameter("known", known)
                .executeUpdate();
        return inserted == 1;
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
