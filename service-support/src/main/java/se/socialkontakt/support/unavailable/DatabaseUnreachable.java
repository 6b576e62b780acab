package se.socialkontakt.support.unavailable;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure to reach the database (refused, lost, the server shutting down or not yet accepting connections)
 * from the database refusing what was asked of it (a constraint, a bad statement). It looks through the whole cause
 * chain, because Hibernate, Agroal, Narayana and Arc each wrap the driver's exception in their own.
 */
final class DatabaseUnreachable {
    /** SQLSTATE class 08 is "connection exception". */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down). */
    private static final Set<String> SERVER_NOT_SERVING = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnreachable() {
    }

    /** The exception in the chain that says the database could not be reached, if one does. */
    static Optional<Throwable> cause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable link = failure; link != null && seen.add(link); link = link.getCause()) {
            if (saysUnreachable(link)) {
                return Optional.of(link);
            }
        }
        return Optional.empty();
    }

    private static boolean saysUnreachable(Throwable link) {
        if (link instanceof JDBCConnectionException || link instanceof SQLTransientConnectionException
                || link instanceof SQLNonTransientConnectionException) {
            return true;
        }
        String state = link instanceof SQLException sql ? sql.getSQLState() : null;
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || SERVER_NOT_SERVING.contains(state));
    }
}
