package se.socialkontakt.analytics.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;

/**
 * Granted decisions not carried out within three months, reported to IVO every quarter. The one figure read from the
 * event archive rather than the day aggregates: it asks about a state at the end of the period (nothing moved in or
 * closed by then), which no sum of days gives. It reads only decision and status events through their indexes, a
 * few hundred a year even in a large city.
 */
@ApplicationScoped
public class DecisionFollowUp {
    private final EntityManager entityManager;
    private final Clock clock;

    DecisionFollowUp(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Granted decisions more than three months old at the end of the period and not carried out by then; for a period
     * still running, now: the same question the assessors' flagged list answers, so the two agree.
     */
    public long notCarriedOutWithin3Months(Period period, ZoneId zone) {
        Instant end = Collections.min(List.of(period.until(zone), clock.instant()));
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM event d
                WHERE d.type = 'se.socialkontakt.housing.application.decision-made.v1'
                  AND d.data ->> 'outcome' IN ('GRANTED', 'PARTLY_GRANTED')
                  AND d.occurred_at < :threeMonthsBefore
                  AND NOT EXISTS (SELECT 1 FROM event s WHERE s.subject = d.subject
                      AND s.type = 'se.socialkontakt.housing.application.status-changed.v1'
                      AND s.data ->> 'status' IN ('MOVED_IN', 'CLOSED') AND s.occurred_at < :end)""")
                .setParameter("threeMonthsBefore", end.atZone(zone).minusMonths(3).toOffsetDateTime())
                .setParameter("end", end.atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }
}
