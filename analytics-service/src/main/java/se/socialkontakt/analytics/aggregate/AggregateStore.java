package se.socialkontakt.analytics.aggregate;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.PGStatement;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.EventType;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The aggregate cells in PostgreSQL: applies stored events to a generation in the caller's transaction, and reads a
 * period's totals. Plain JDBC with array parameters, like the event insert: one statement per batch however large.
 */
@ApplicationScoped
public class AggregateStore {
    /** Taken by every transaction that changes serving aggregates or switches generations; see {@link #lock}. */
    private static final TransactionLock AGGREGATE_LOCK = new TransactionLock(0x5c_a66_2e6L);
    /** The serving generation's number; no row while the first one is being built. */
    public static final String SERVING_GENERATION =
            "SELECT generation FROM aggregate_generation WHERE state = 'SERVING'";
    private static final String[] FOLLOW_UP_TYPES = { EventType.CONTACT_CASE_FIRST_RESPONSE.type(),
            EventType.CONTACT_CASE_ROUTED.type(), EventType.CONTACT_CASE_RESOLVED.type(),
            EventType.CONTACT_CASE_SLA_BREACHED.type() };
    /** The columns that make a cell, in the order of {@link Cell}. */
    static final String CELLS = "measure, channel, category, target_group, unit, item, bucket";
    /*
     * One statement writes a batch's day cells and appends the same changes for the roll-ups (see RollUp). No
     * ORDER BY: every writer of a generation's day cells holds the aggregate lock (the ingest, a rebuild's last
     * chunks) or the generation's row (a rebuild's chunks), so no two transactions write the same rows at once and
     * the order of rows cannot deadlock.
     */
    private static final String UPSERT = """
            WITH change AS (
                SELECT * FROM unnest(?::date[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::int[], ?::bigint[])
                    AS c(day, measure, channel, category, target_group, unit, item, bucket, n)),
            days AS (
                INSERT INTO aggregate (generation, day, %1$s, n)
                SELECT ?, day, %1$s, n FROM change
                ON CONFLICT (generation, day, %1$s) DO UPDATE SET n = aggregate.n + EXCLUDED.n)%2$s
            INSERT INTO aggregate_change (generation, day, %1$s, n)
            SELECT ?, day, %1$s, n FROM change""";
    private static final String UPSERT_CELLS = UPSERT.formatted(CELLS, "");
    /**
     * The same, and the serving generation's {@code up_to_seq} advanced to the newest event applied: one round trip
     * less for every batch the ingest stores.
     */
    private static final String UPSERT_CELLS_AND_ADVANCE = UPSERT.formatted(CELLS, """
            ,
            advanced AS (
                UPDATE aggregate_generation SET up_to_seq = greatest(up_to_seq, ?) WHERE generation = ?)""");

    private final AgroalDataSource dataSource;
    private final ZoneId zone;

    AggregateStore(AgroalDataSource dataSource, @ConfigProperty(name = "socialkontakt.analytics.zone") ZoneId zone) {
        this.dataSource = dataSource;
        this.zone = zone;
    }

    public ZoneId zone() {
        return zone;
    }

    /**
     * Serialises, for the rest of the transaction, everything that stores events or switches generations. The order
     * of storage ({@code seq}) is then the order of commit, so a rebuild that has read every committed event up to a
     * seq has missed none below it, and a generation can switch between two ingest batches.
     */
    public void lock(Connection connection) throws SQLException {
        AGGREGATE_LOCK.take(connection);
    }

    /** Records the cases that newly stored "opened" events open (the first one stored for a case counts). */
    private void recordCases(Connection connection, List<StoredEvent> events) throws SQLException {
        List<StoredEvent> opened = events.stream().filter(e -> e.data() instanceof ContactCaseOpened).toList();
        if (opened.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO contact_case (subject, opened_seq, channel, category, target_group)
                SELECT * FROM unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[])
                ON CONFLICT (subject) DO NOTHING""")) {
            int n = opened.size();
            String[] subjects = new String[n];
            Long[] seqs = new Long[n];
            String[] channels = new String[n];
            String[] categories = new String[n];
            String[] targetGroups = new String[n];
            for (int i = 0; i < n; i++) {
                StoredEvent event = opened.get(i);
                CaseDimensions dimensions = CaseDimensions.of((ContactCaseOpened) event.data());
                subjects[i] = event.subject();
                seqs[i] = event.seq();
                channels[i] = dimensions.channel();
                categories[i] = dimensions.category();
                targetGroups[i] = dimensions.targetGroup();
            }
            insert.setArray(1, connection.createArrayOf("text", subjects));
            insert.setArray(2, connection.createArrayOf("bigint", seqs));
            insert.setArray(3, connection.createArrayOf("text", channels));
            insert.setArray(4, connection.createArrayOf("text", categories));
            insert.setArray(5, connection.createArrayOf("text", targetGroups));
            insert.executeUpdate();
        }
    }

    private static int servingGeneration(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(SERVING_GENERATION);
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }

    /**
     * Applies newly stored events to the serving generation, if there is one yet, and advances its {@code up_to_seq};
     * under {@link #lock}.
     *
     * @param serving the serving generation, 0 while the first one is being built (it then reads these events from
     *        the archive)
     */
    public void applyToServing(Connection connection, int serving, List<StoredEvent> events) throws SQLException {
        recordCases(connection, events);
        if (serving == 0 || events.isEmpty()) {
            return;
        }
        write(connection, serving, deltas(connection, events), events.get(events.size() - 1).seq());
    }

    /** Applies events, in storage order, to a generation's cells. */
    public void apply(Connection connection, int generation, List<StoredEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        write(connection, generation, deltas(connection, events), null);
    }

    private Deltas deltas(Connection connection, List<StoredEvent> events) throws SQLException {
        Set<String> contactSubjects = new LinkedHashSet<>();
        Set<String> openedSubjects = new LinkedHashSet<>();
        for (StoredEvent event : events) {
            if (Projection.isCaseFollowUp(event.data())) {
                contactSubjects.add(event.subject());
            } else if (event.data() instanceof ContactCaseOpened) {
                contactSubjects.add(event.subject());
                openedSubjects.add(event.subject());
            }
        }
        return Projector.project(events, cases(connection, contactSubjects), followUps(connection, openedSubjects),
                zone);
    }

    /*
     * The lookups below join the wanted subjects rather than filter by "subject = ANY (?)": for that filter a plan
     * made while the table was small (a sequential scan) stayed in the connection's statement cache until the table
     * was next analyzed, and in a catch-up of a million events 192 such scans read 3.7 million rows, a sixth of the
     * ingest's time. The join is planned as a primary-key probe per subject at any size, provided it is planned for the
     * table as it is: see plannedAtEveryRun.
     */
    private Map<String, Projector.OpenedCase> cases(Connection connection, Set<String> subjects) throws SQLException {
        Map<String, Projector.OpenedCase> cases = new HashMap<>();
        if (subjects.isEmpty()) {
            return cases;
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT subject, opened_seq, channel, category, target_group
                FROM unnest(?::text[]) AS wanted(subject) JOIN contact_case USING (subject)""")) {
            plannedAtEveryRun(select);
            select.setArray(1, connection.createArrayOf("text", subjects.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    cases.put(rows.getString(1), new Projector.OpenedCase(rows.getLong(2),
                            new CaseDimensions(rows.getString(3), rows.getString(4), rows.getString(5))));
                }
            }
        }
        return cases;
    }

    private Map<String, List<StoredEvent>> followUps(Connection connection, Set<String> subjects) throws SQLException {
        Map<String, List<StoredEvent>> followUps = new HashMap<>();
        if (subjects.isEmpty()) {
            return followUps;
        }
        // Only those stored before the case's first "opened" event are moved (Projector): in the usual order there are
        // none, and nothing is read and parsed again.
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT e.seq, e.id, e.type, e.subject, e.occurred_at, CAST(e.data AS text)
                FROM unnest(?::text[]) AS wanted(subject) JOIN contact_case c USING (subject)
                    JOIN event e ON e.subject = c.subject AND e.seq < c.opened_seq
                WHERE e.type = ANY (?::text[]) ORDER BY e.seq""")) {
            plannedAtEveryRun(select);
            select.setArray(1, connection.createArrayOf("text", subjects.toArray()));
            select.setArray(2, connection.createArrayOf("text", FOLLOW_UP_TYPES));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    StoredEvent event = read(rows);
                    followUps.computeIfAbsent(event.subject(), s -> new ArrayList<>()).add(event);
                }
            }
        }
        return followUps;
    }

    /**
     * Makes the driver send the statement unnamed, so that PostgreSQL plans it at every run for the tables as they are.
     * A named statement may get a generic plan after five runs, made for the tables as they were then and kept until
     * an ANALYZE: after a load into an empty archive the lookups kept a hash join over a sequential scan of the then
     * empty {@code contact_case} and read the whole table for every batch until autovacuum next analyzed it (15 ms a
     * lookup against 0.1 ms). Only these two statements: with every statement of the pool planned at every run
     * (plan_cache_mode), the ingest's inserts, whose plans no table size changes, were planned for every batch too.
     */
    private static void plannedAtEveryRun(PreparedStatement statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
    }

    /** Up to {@code limit} stored events after {@code afterSeq}, in storage order. */
    public List<StoredEvent> eventsAfter(Connection connection, long afterSeq, int limit) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT seq, id, type, subject, occurred_at, CAST(data AS text) FROM event
                WHERE seq > ? ORDER BY seq LIMIT ?""")) {
            select.setLong(1, afterSeq);
            select.setInt(2, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(read(rows));
                }
            }
        }
        return events;
    }

    private static StoredEvent read(ResultSet row) throws SQLException {
        String type = row.getString(3);
        String data = row.getString(6);
        return new StoredEvent(row.getLong(1), row.getString(2), type, row.getString(4),
                row.getObject(5, OffsetDateTime.class).toInstant(),
                EventType.fromType(type).map(known -> known.readData(data)).orElse(null));
    }

    /**
     * Writes the day cells' changes, and the same changes for the month and year roll-ups.
     *
     * @param advanceTo the storage number to advance the generation's {@code up_to_seq} to, or null to leave it
     */
    private static void write(Connection connection, int generation, Deltas deltas, Long advanceTo)
            throws SQLException {
        int n = deltas.size();
        List<Date> days = new ArrayList<>(n);
        List<String> measures = new ArrayList<>(n);
        List<String> channels = new ArrayList<>(n);
        List<String> categories = new ArrayList<>(n);
        List<String> targetGroups = new ArrayList<>(n);
        List<String> units = new ArrayList<>(n);
        List<String> items = new ArrayList<>(n);
        List<Integer> buckets = new ArrayList<>(n);
        List<Long> counts = new ArrayList<>(n);
        deltas.forEach((dayCell, count) -> {
            Cell cell = dayCell.cell();
            days.add(Date.valueOf(dayCell.day()));
            measures.add(cell.measure().name());
            channels.add(cell.channel());
            categories.add(cell.category());
            targetGroups.add(cell.targetGroup());
            units.add(cell.unit());
            items.add(cell.item());
            buckets.add(cell.bucket());
            counts.add(count);
        });
        if (counts.isEmpty() && advanceTo == null) {
            return;
        }
        try (PreparedStatement upsert = connection.prepareStatement(
                advanceTo == null ? UPSERT_CELLS : UPSERT_CELLS_AND_ADVANCE)) {
            upsert.setArray(1, connection.createArrayOf("date", days.toArray()));
            upsert.setArray(2, array(connection, measures));
            upsert.setArray(3, array(connection, channels));
            upsert.setArray(4, array(connection, categories));
            upsert.setArray(5, array(connection, targetGroups));
            upsert.setArray(6, array(connection, units));
            upsert.setArray(7, array(connection, items));
            upsert.setArray(8, connection.createArrayOf("integer", buckets.toArray()));
            upsert.setArray(9, connection.createArrayOf("bigint", counts.toArray()));
            upsert.setInt(10, generation);
            int next = 11;
            if (advanceTo != null) {
                upsert.setLong(next++, advanceTo);
                upsert.setInt(next++, generation);
            }
            upsert.setInt(next, generation);
            upsert.executeUpdate();
        }
    }

    private static Array array(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }

    /**
     * What the figures of a moment depend on: the generation they read (0 while the first one is being built) and the
     * newest event stored, by its storage number, which rises in commit order. One statement on a plain connection:
     * the figures API asks it on every request, and as a Hibernate native query it cost about as much Java as
     * computing the figures themselves (measured with JFR in the latency benchmark).
     */
    public record Version(int generation, long newestSeq) {
    }

    public Version version() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT (" + SERVING_GENERATION + "), (SELECT coalesce(max(seq), 0) FROM event)");
                ResultSet row = select.executeQuery()) {
            row.next();
            return new Version(row.getInt(1), row.getLong(2));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the serving generation", e);
        }
    }

    /** The generation the figures read; 0 while the first one is being built. */
    public int servingGeneration() {
        try (Connection connection = dataSource.getConnection()) {
            return servingGeneration(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the serving generation", e);
        }
    }

    /**
     * A generation's cells summed over the days from {@code from} to {@code until} (exclusive), as the query reads
     * them: whole years and months from the roll-ups (with their changes not yet rolled up), the days at the edges
     * from the day cells.
     */
    public Map<Cell, Long> totals(int generation, LocalDate from, LocalDate until, TotalsQuery query) {
        Map<Cell, Long> totals = new HashMap<>();
        List<Level.Part> parts = Level.cover(from, until);
        if (parts.isEmpty()) {
            return totals;
        }
        TotalsQuery.Sql sql = query.sql(generation, parts);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(sql.text())) {
            for (int i = 0; i < sql.parameters().size(); i++) {
                Object parameter = sql.parameters().get(i);
                if (parameter instanceof String[] names) {
                    select.setArray(i + 1, connection.createArrayOf("text", names));
                } else if (parameter instanceof LocalDate[] days) {
                    select.setArray(i + 1, connection.createArrayOf("date", Arrays.stream(days).map(Date::valueOf)
                            .toArray()));
                } else {
                    select.setObject(i + 1, parameter);
                }
            }
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    totals.put(new Cell(Measure.valueOf(rows.getString(1)), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getInt(7)), rows.getLong(8));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the aggregates", e);
        }
        return totals;
    }

    /** Stored events per type and day, from the serving generation, over the days from {@code from} to {@code until}. */
    public List<TypeCount> eventsPerTypeAndDay(LocalDate from, LocalDate until) {
        List<TypeCount> counts = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                SELECT day, item, sum(n) FROM aggregate
                WHERE generation = ? AND measure = 'EVENT' AND day >= ? AND day < ?
                GROUP BY day, item HAVING sum(n) <> 0 ORDER BY day, item""")) {
            select.setInt(1, servingGeneration(connection));
            select.setObject(2, from);
            select.setObject(3, until);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    counts.add(new TypeCount(rows.getObject(1, LocalDate.class), rows.getString(2), rows.getLong(3)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the aggregates", e);
        }
        return counts;
    }

    public record TypeCount(LocalDate day, String type, long count) {
    }
}
