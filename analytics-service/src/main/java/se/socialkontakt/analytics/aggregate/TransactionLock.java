package se.socialkontakt.analytics.aggregate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** A PostgreSQL advisory lock that the transaction taking it holds until it ends. */
record TransactionLock(long key) {
    /** Waits until the lock is free, then holds it. */
    void take(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
        }
    }

    /** Holds the lock if it is free; false at once if another transaction holds it. */
    boolean tryTake(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, key);
            try (ResultSet locked = lock.executeQuery()) {
                locked.next();
                return locked.getBoolean(1);
            }
        }
    }
}
