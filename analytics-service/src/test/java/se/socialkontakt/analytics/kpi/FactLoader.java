package se.socialkontakt.analytics.kpi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The figures' reference in the tests: reads a period's stored events as facts, each contact event with its case's
 * "opened" payload beside it, for {@link FigureCalculator} to compute the figures from the events themselves.
 */
@ApplicationScoped
public class FactLoader {
    private static final String OPENED = "se.socialkontakt.contact.case.opened.v1";
    private static final String VIEWED = "se.socialkontakt." + FigureCalculator.VIEWED + ".v1";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    FactLoader(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    /** The period's events except the FAQ article views, which {@link #viewsPerArticle} counts. */
    @SuppressWarnings("unchecked")
    public List<Fact> facts(Period period, ZoneId zone) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT e.type, e.occurred_at, CAST(e.data AS text), CAST(o.data AS text)
                FROM event e
                LEFT JOIN event o ON o.type = :opened AND o.subject = e.subject
                                 AND e.type LIKE 'se.socialkontakt.contact.case.%' AND e.type <> :opened
                WHERE e.known AND e.type <> :viewed AND e.occurred_at >= :from AND e.occurred_at < :until""")
                .setParameter("opened", OPENED)
                .setParameter("viewed", VIEWED)
                .setParameter("from", period.from(zone).atOffset(ZoneOffset.UTC))
                .setParameter("until", period.until(zone).atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().map(row -> new Fact((String) row[0], instant(row[1]), parse((String) row[2]),
                row[3] == null ? null : parse((String) row[3]))).toList();
    }

    /** The period's FAQ article views, counted per article in the database. */
    @SuppressWarnings("unchecked")
    public Map<String, Long> viewsPerArticle(Period period, ZoneId zone) {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT data ->> 'articleId', count(*) FROM event
                WHERE known AND type = :viewed AND occurred_at >= :from AND occurred_at < :until
                GROUP BY 1""")
                .setParameter("viewed", VIEWED)
                .setParameter("from", period.from(zone).atOffset(ZoneOffset.UTC))
                .setParameter("until", period.until(zone).atOffset(ZoneOffset.UTC))
                .getResultList();
        return rows.stream().collect(Collectors.toMap(row -> (String) row[0], row -> ((Number) row[1]).longValue()));
    }

    /** Events of types this build does not know, in the period: kept and counted, never lost. */
    public long unknown(Period period, ZoneId zone) {
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM event WHERE NOT known AND occurred_at >= :from AND occurred_at < :until""")
                .setParameter("from", period.from(zone).atOffset(ZoneOffset.UTC))
                .setParameter("until", period.until(zone).atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored event is not JSON", e);
        }
    }

    private static Instant instant(Object value) {
        return value instanceof Instant i ? i : ((java.time.OffsetDateTime) value).toInstant();
    }
}
