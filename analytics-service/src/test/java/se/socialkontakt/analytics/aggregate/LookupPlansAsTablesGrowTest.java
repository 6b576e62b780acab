package se.socialkontakt.analytics.aggregate;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.ContactCaseFirstResponse;
import se.socialkontakt.events.EventType;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ingest's lookups of cases stay primary-key probes when a table grows after they were first run. A statement
 * cached with a plan made for the small table (a hash join over a sequential scan of {@code contact_case}) read the
 * whole table for every batch until autovacuum next analyzed it: after a bulk load into an empty archive, the
 * benchmark's publish-to-API latency stayed over a second for 20-40 s (15 ms for every lookup of a few cases against
 * 0.1 ms once analyzed, measured with pg_stat_statements).
 *
 * <p>The table that grows is a temporary {@code contact_case} on the test's own connection, which shadows the real one
 * for that connection only; everything is rolled back.
 */
@QuarkusTest
class LookupPlansAsTablesGrowTest {
    /** A generation no test serves; its cells are rolled back with the rest. */
    private static final int GENERATION = 999_999;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AggregateStore aggregates;

    @Test
    void aCaseLookupStaysAnIndexProbeAfterTheTableGrew() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                try (Statement ddl = connection.createStatement()) {
                    ddl.execute("CREATE TEMP TABLE contact_case (LIKE public.contact_case INCLUDING ALL)");
                }
                // More runs than the driver and PostgreSQL take before they keep a statement and its plan.
                for (int run = 0; run < 15; run++) {
                    aggregates.apply(connection, GENERATION, List.of(firstResponse(run)));
                }
                try (Statement grow = connection.createStatement()) {
                    grow.execute("""
                            INSERT INTO contact_case (subject, opened_seq, channel, category, target_group)
                            SELECT 'grown-' || n, n, 'PHONE', 'OTHER', 'ADULTS' FROM generate_series(1, 100000) n""");
                }
                long before = sequentialScans(connection);

                aggregates.apply(connection, GENERATION, List.of(firstResponse(15)));

                assertThat(sequentialScans(connection)).as("sequential scans of the grown contact_case")
                        .isEqualTo(before);
            } finally {
                connection.rollback();
            }
        }
    }

    private static StoredEvent firstResponse(int n) {
        UUID caseId = UUID.randomUUID();
        Instant at = Instant.parse("2026-03-02T10:00:00Z").plusSeconds(n);
        return new StoredEvent(Long.MAX_VALUE - 100 + n, UUID.randomUUID().toString(),
                EventType.CONTACT_CASE_FIRST_RESPONSE.type(), caseId.toString(), at,
                new ContactCaseFirstResponse(caseId, at, 5));
    }

    /** This transaction's sequential scans of the connection's contact_case, counted by PostgreSQL. */
    private static long sequentialScans(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT seq_scan FROM pg_stat_xact_all_tables WHERE relid = CAST('contact_case' AS regclass)");
                ResultSet row = select.executeQuery()) {
            assertThat(row.next()).isTrue();
            return row.getLong(1);
        }
    }
}
