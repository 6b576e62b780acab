package se.socialkontakt.analytics.aggregate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Rolls the day cells' changes up to their months and years, outside the ingest: the ingest appends each batch's
 * changes to {@code aggregate_change} in its own transaction, and this job moves all that wait into
 * {@code aggregate_rollup} in one statement (taken and added in one transaction, so a roll-up row plus the changes
 * waiting for it stays the sum of its days at every moment; {@link TotalsQuery} reads both). The ingest, one
 * transaction at a time, then writes each changed cell once instead of three times, and the roll-ups merge the
 * changes of many batches (a month's cell changed by a hundred batches is written once).
 */
@ApplicationScoped
public class RollUp {
    /** Taken (tried) by the job, so that two instances never roll up at once and cannot deadlock on the rows. */
    private static final TransactionLock ROLL_UP_LOCK = new TransactionLock(0x5c_a66_2e7L);
    private static final String ROLL_UP = """
            WITH moved AS (
                DELETE FROM aggregate_change RETURNING generation, day, %1$s, n),
            months AS (
                INSERT INTO aggregate_rollup (generation, level, start, %1$s, n)
                SELECT generation, 'MONTH', CAST(date_trunc('month', CAST(day AS timestamp)) AS date), %1$s, sum(n)
                FROM moved GROUP BY generation, 3, %1$s HAVING sum(n) <> 0
                ON CONFLICT (generation, level, start, %1$s) DO UPDATE SET n = aggregate_rollup.n + EXCLUDED.n),
            years AS (
                INSERT INTO aggregate_rollup (generation, level, start, %1$s, n)
                SELECT generation, 'YEAR', CAST(date_trunc('year', CAST(day AS timestamp)) AS date), %1$s, sum(n)
                FROM moved GROUP BY generation, 3, %1$s HAVING sum(n) <> 0
                ON CONFLICT (generation, level, start, %1$s) DO UPDATE SET n = aggregate_rollup.n + EXCLUDED.n)
            SELECT count(*) FROM moved""".formatted(AggregateStore.CELLS);

    private final AgroalDataSource dataSource;

    RollUp(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A run that fails (the scheduler logs it) leaves the changes where they are: readers add them, and the next run
     * takes them.
     */
    @Scheduled(every = "${socialkontakt.analytics.roll-up.every}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void rollUpScheduled() {
        rollUp();
    }

    /**
     * Moves every change waiting into the month and year roll-ups; returns how many changes it moved, 0 also when
     * another instance is rolling up.
     */
    public long rollUp() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = dataSource.getConnection()) {
                if (!ROLL_UP_LOCK.tryTake(connection)) {
                    return 0L;
                }
                try (PreparedStatement rollUp = connection.prepareStatement(ROLL_UP);
                        ResultSet moved = rollUp.executeQuery()) {
                    moved.next();
                    return moved.getLong(1);
                }
            }
        });
    }
}
