package se.socialkontakt.analytics.kpi;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.events.EventType;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingDecisionMade.Outcome;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
    /*
     * The types and values come from the contracts as parameters; only the payloads' field names are written here.
     * A statement on a plain connection, as the aggregates' reads: the figures ask it twice for every new event
     * stored, and as a Hibernate native query it took a third of the figures request's Java (JFR, latency benchmark).
     */
    private static final String NOT_CARRIED_OUT = """
            SELECT count(*) FROM event d
            WHERE d.type = ?
              AND d.data ->> 'outcome' = ANY (?)
              AND d.occurred_at < ?
              AND NOT EXISTS (SELECT 1 FROM event s WHERE s.subject = d.subject
                  AND s.type = ?
                  AND s.data ->> 'status' = ANY (?) AND s.occurred_at < ?)""";

    private final AgroalDataSource dataSource;
    private final Clock clock;

    DecisionFollowUp(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * Granted decisions more than three months old at the end of the period and not carried out by then; for a period
     * still running, now: the same question the assessors' flagged list answers, so the two agree.
     */
    public long notCarriedOutWithin3Months(Period period, ZoneId zone) {
        Instant end = Collections.min(List.of(period.until(zone), clock.instant()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement(NOT_CARRIED_OUT)) {
            count.setString(1, EventType.HOUSING_DECISION_MADE.type());
            count.setArray(2, connection.createArrayOf("text",
                    new String[] { Outcome.GRANTED.name(), Outcome.PARTLY_GRANTED.name() }));
            count.setObject(3, end.atZone(zone).minusMonths(3).toOffsetDateTime());
            count.setString(4, EventType.HOUSING_APPLICATION_STATUS_CHANGED.type());
            count.setArray(5, connection.createArrayOf("text",
                    new String[] { HousingApplicationStatus.MOVED_IN.name(), HousingApplicationStatus.CLOSED.name() }));
            count.setObject(6, end.atOffset(ZoneOffset.UTC));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count the decisions not carried out", e);
        }
    }
}
