package se.socialkontakt.benchmarks.analytics;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * What analytics-service has stored, read from its benchmark database. The service stamps every insert with
 * {@code received_at}, so the ingest rate is the stored count over the span from the first to the last insert,
 * whatever the polling here.
 */
final class StoredEvents implements AutoCloseable {
    private static final Duration GIVE_UP_AFTER_IDLE = Duration.ofSeconds(60);

    private final Connection connection;

    StoredEvents(String url) throws SQLException {
        // The service's own role (deploy/infra/postgres.sh); the benchmark only reads.
        this.connection = DriverManager.getConnection(url, "sk_analytics", "sk_analytics");
    }

    /**
     * Waits until {@code expected} events are stored (or nothing more arrives for a minute). Progress is read from the
     * highest {@code seq} (one index probe; a count of ten million rows every second would take a core from the run),
     * which is at least the count; the count itself is taken only when it may have been reached.
     */
    Throughput waitFor(long expected) throws SQLException, InterruptedException {
        long stored = 0;
        long highest = 0;
        long lastChange = System.nanoTime();
        long lastReport = lastChange;
        while (stored < expected && System.nanoTime() - lastChange < GIVE_UP_AFTER_IDLE.toNanos()) {
            Thread.sleep(1000);
            long now = queryLong("SELECT coalesce(max(seq), 0) FROM event");
            if (now != highest) {
                highest = now;
                lastChange = System.nanoTime();
                if (highest >= expected) {
                    stored = queryLong("SELECT count(*) FROM event");
                }
            }
            if (System.nanoTime() - lastReport > 10e9) {
                AnalyticsBenchmark.log("analytics-service: about %,d of %,d stored", highest, expected);
                lastReport = System.nanoTime();
            }
        }
        try (Statement statement = connection.createStatement();
                ResultSet span = statement.executeQuery("""
                        SELECT count(*), extract(epoch FROM max(received_at) - min(received_at)) FROM event""")) {
            span.next();
            return new Throughput(span.getLong(1), span.getDouble(2));
        }
    }

    private long queryLong(String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
