package se.socialkontakt.testsupport;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * For a test that holds a row in one transaction while the code under test reaches for it in another: whether that
 * statement has got as far as waiting for the lock, so the test lets go only then.
 */
public final class LockWaits {
    private LockWaits() {
    }

    /** Whether a statement in the data source's database waits for a lock. */
    public static boolean aStatementWaitsForALock(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement("""
                        SELECT count(*) FROM pg_stat_activity
                        WHERE datname = current_database() AND wait_event_type = 'Lock'""");
                ResultSet waiting = select.executeQuery()) {
            waiting.next();
            return waiting.getInt(1) > 0;
        }
    }
}
