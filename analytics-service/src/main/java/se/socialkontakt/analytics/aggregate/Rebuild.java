package se.socialkontakt.analytics.aggregate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Builds a new generation of aggregates from the event archive while the serving one goes on serving, then switches
 * in one transaction. Each chunk of events commits together with the generation's progress, so a crash at any moment
 * leaves the old generation serving and the new one where its last chunk ended; any instance goes on from there
 * (the generation's row is locked while a chunk is applied, so two instances never apply the same chunk).
 */
@ApplicationScoped
public class Rebuild {
    private static final String STATUS_COLUMNS = """
            generation, state, events_total, events_processed, started_at, started_by, finished_at""";

    private final AgroalDataSource dataSource;
    private final AggregateStore store;
    private final Audit audit;
    private final Clock clock;
    private final int chunkSize;

    Rebuild(AgroalDataSource dataSource, AggregateStore store, Audit audit, Clock clock,
            @ConfigProperty(name = "socialkontakt.analytics.rebuild.chunk-size", defaultValue = "5000") int chunkSize) {
        this.dataSource = dataSource;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /** A generation as the admin sees it: how far its build has come. */
    public record Status(int generation, State state, long eventsTotal, long eventsProcessed, Instant startedAt,
            String startedBy, Instant finishedAt) {
    }

    public enum State {
        BUILDING, SERVING, RETIRED
    }

    /**
     * Starts building a new generation, or, when one is being built already (after a crash, say), says so: the
     * build goes on from where it stopped.
     */
    @Transactional(rollbackOn = SQLException.class)
    public Status start(String actor) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            store.lock(connection);
            Optional<Status> building = statuses(connection, "WHERE state = 'BUILDING'").stream().findFirst();
            if (building.isPresent()) {
                audit.record(actor, "figures.rebuild.resumed", "generation-" + building.get().generation(), null);
                return building.get();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO aggregate_generation (generation, state, up_to_seq, events_total, events_processed,
                                                      started_at, started_by)
                    SELECT (SELECT coalesce(max(generation), 0) + 1 FROM aggregate_generation), 'BUILDING', 0,
                           (SELECT count(*) FROM event), 0, ?, ?
                    RETURNING generation""")) {
                insert.setObject(1, clock.instant().atOffset(ZoneOffset.UTC));
                insert.setString(2, actor);
                try (ResultSet row = insert.executeQuery()) {
                    row.next();
                    int generation = row.getInt(1);
                    audit.record(actor, "figures.rebuild.started", "generation-" + generation, null);
                    return statuses(connection, "WHERE generation = " + generation).get(0);
                }
            }
        }
    }

    /** The latest generations, newest first. */
    @Transactional(rollbackOn = SQLException.class)
    public List<Status> recent() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return statuses(connection, "ORDER BY generation DESC LIMIT 5");
        }
    }

    /**
     * A run that fails (the scheduler logs it) leaves the generation where its last chunk ended, and the next run
     * goes on from there.
     */
    @Scheduled(every = "${socialkontakt.analytics.rebuild.poll:2s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void continueBuilding() {
        boolean more = true;
        while (more) {
            more = QuarkusTransaction.requiringNew().call(this::applyNextChunk);
        }
        QuarkusTransaction.requiringNew().call(this::dropRetired);
    }

    /** Applies the next chunk to the generation being built; returns whether more remain before the switch. */
    private boolean applyNextChunk() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            int generation;
            long upToSeq;
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT generation, up_to_seq FROM aggregate_generation WHERE state = 'BUILDING' FOR UPDATE");
                    ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return false;
                }
                generation = row.getInt(1);
                upToSeq = row.getLong(2);
            }
            List<StoredEvent> events = store.eventsAfter(connection, upToSeq, chunkSize);
            if (events.size() == chunkSize) {
                store.apply(connection, generation, events);
                progress(connection, generation, events, false);
                return true;
            }
            // The tail, with the ingest held: nothing can be stored between the last event applied and the switch. Read
            // again once the lock is held, for what was committed meanwhile.
            store.lock(connection);
            events = store.eventsAfter(connection, upToSeq, chunkSize);
            while (!events.isEmpty()) {
                store.apply(connection, generation, events);
                progress(connection, generation, events, false);
                events = store.eventsAfter(connection, events.get(events.size() - 1).seq(), chunkSize);
            }
            try (PreparedStatement retire = connection.prepareStatement(
                    "UPDATE aggregate_generation SET state = 'RETIRED' WHERE state = 'SERVING'")) {
                retire.executeUpdate();
            }
            progress(connection, generation, List.of(), true);
            Log.infof("Aggregates generation %d is built and now serves the figures", generation);
            return false;
        }
    }

    private void progress(Connection connection, int generation, List<StoredEvent> applied, boolean serving)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE aggregate_generation
                SET up_to_seq = greatest(up_to_seq, ?), events_processed = events_processed + ?,
                    state = CASE WHEN ? THEN 'SERVING' ELSE state END,
                    finished_at = CASE WHEN ? THEN ? ELSE finished_at END
                WHERE generation = ?""")) {
            update.setLong(1, applied.isEmpty() ? 0 : applied.get(applied.size() - 1).seq());
            update.setLong(2, applied.size());
            update.setBoolean(3, serving);
            update.setBoolean(4, serving);
            update.setObject(5, clock.instant().atOffset(ZoneOffset.UTC));
            update.setInt(6, generation);
            update.executeUpdate();
        }
    }

    private boolean dropRetired() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // The changes before the roll-ups, in the order RollUp takes their rows, so the two cannot deadlock.
            for (String table : List.of("aggregate_change", "aggregate_rollup", "aggregate")) {
                try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table
                        + " WHERE generation IN (SELECT generation FROM aggregate_generation WHERE state = 'RETIRED')")) {
                    delete.executeUpdate();
                }
            }
            return true;
        }
    }

    private static List<Status> statuses(Connection connection, String where) throws SQLException {
        List<Status> statuses = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + STATUS_COLUMNS + " FROM aggregate_generation " + where);
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                Timestamp finished = rows.getTimestamp(7);
                statuses.add(new Status(rows.getInt(1), State.valueOf(rows.getString(2)), rows.getLong(3),
                        rows.getLong(4), rows.getTimestamp(5).toInstant(), rows.getString(6),
                        finished == null ? null : finished.toInstant()));
            }
        }
        return statuses;
    }
}
