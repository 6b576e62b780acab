package se.socialkontakt.support.unavailable;

import jakarta.persistence.PersistenceException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import java.sql.DriverManager;
import java.sql.SQLException;
import javax.transaction.xa.XAException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DatabaseUnreachableTest {

    /** What the driver really throws when nothing listens where the database should be. */
    private static SQLException refusedConnection() {
        return catchThrowableOfType(SQLException.class,
                () -> DriverManager.getConnection("jdbc:postgresql://localhost:1/nothing", "nobody", "none"));
    }

    @Test
    void aRefusedConnectionIsRecognisedUnderHibernatesAndTheTransactionsWrappers() {
        SQLException refused = refusedConnection();
        assertThat(refused.getSQLState()).startsWith("08");
        Exception wrapped = new IllegalStateException("commit failed", new PersistenceException(
                new JDBCConnectionException("Unable to acquire JDBC Connection", refused)));

        assertThat(DatabaseUnreachable.cause(refused)).containsSame(refused);
        assertThat(DatabaseUnreachable.cause(wrapped)).containsInstanceOf(JDBCConnectionException.class);
    }

    @Test
    void aServerShuttingDownIsUnreachableToo() {
        SQLException shutdown = new SQLException("terminating connection due to administrator command", "57P01");
        assertThat(DatabaseUnreachable.cause(new PersistenceException(shutdown))).containsSame(shutdown);
        assertThat(DatabaseUnreachable.cause(new SQLException("the database system is starting up", "57P03")))
                .isPresent();
    }

    /** As PostgreSQL's fast stop left it in the fault harness's logs: found under a suppressed exception. */
    @Test
    void aCommitThatFailedBecauseTheServerShutDownIsRecognisedUnderTheTransactionManagersExceptions() {
        SQLException shutdown = new SQLException("FATAL: terminating connection due to administrator command", "57P01");
        XAException commit = new XAException("Error trying to transactionCommit local transaction");
        commit.initCause(shutdown);
        Exception rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(commit);

        assertThat(DatabaseUnreachable.cause(new RuntimeException("QuarkusTransactionException", rollback)))
                .containsSame(shutdown);
    }

    @Test
    void whatTheDatabaseRefusedAndOrdinaryBugsAreNot() {
        PSQLException duplicate = new PSQLException("duplicate key value", PSQLState.UNIQUE_VIOLATION);
        assertThat(DatabaseUnreachable.cause(new ConstraintViolationException("insert", duplicate, "uk_key")))
                .isEmpty();
        assertThat(DatabaseUnreachable.cause(new SQLException("no state"))).isEmpty();
        assertThat(DatabaseUnreachable.cause(new IllegalStateException("a bug", new NullPointerException())))
                .isEmpty();
    }

    @Test
    void aCauseChainThatLoopsEnds() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);
        assertThat(DatabaseUnreachable.cause(second)).isEmpty();
    }
}
