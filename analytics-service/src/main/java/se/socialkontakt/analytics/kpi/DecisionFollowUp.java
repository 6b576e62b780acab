package se.socialkontakt.analytics.kpi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import se.socialkontakt.events.EventType;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingDecisionMade.Outcome;

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
        // The types and values come from the contracts; only the payloads' field names are written here, as JSON.
        return ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM event d
                WHERE d.type = :decided
                  AND d.data ->> 'outcome' IN (:granted)
                  AND d.occurred_at < :threeMonthsBefore
                  AND NOT EXISTS (SELECT 1 FROM event s WHERE s.subject = d.subject
                      AND s.type = :statusChanged
                      AND s.data ->> 'status' IN (:carriedOutOrClosed) AND s.occurred_at < :end)""")
                .setParameter("decided", EventType.HOUSING_DECISION_MADE.type())
                .setParameter("granted", List.of(Outcome.GRANTED.name(), Outcome.PARTLY_GRANTED.name()))
                .setParameter("statusChanged", EventType.HOUSING_APPLICATION_STATUS_CHANGED.type())
                .setParameter("carriedOutOrClosed",
                        List.of(HousingApplicationStatus.MOVED_IN.name(), HousingApplicationStatus.CLOSED.name()))
                .setParameter("threeMonthsBefore", end.atZone(zone).minusMonths(3).toOffsetDateTime())
                .setParameter("end", end.atOffset(ZoneOffset.UTC))
                .getSingleResult()).longValue();
    }
}
