package se.socialkontakt.support.unavailable;

import org.hibernate.exception.JDBCConnectionException;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Tells a failure to reach the database (refused, lost, the server shutting down or not yet accepting connections)
 * from the database refusing what was asked of it (a constraint, a bad statement). It looks through all the causes,
 * because Hibernate, Agroal, Narayana and Arc each wrap the driver's exception in their own.
 */
final class DatabaseUnreachable {
    /** SQLSTATE class 08 is "connection exception". */
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    /** admin_shutdown, crash_shutdown, cannot_connect_now (starting up or shutting down). */
    private static final Set<String> SERVER_NOT_SERVING = Set.of("57P01", "57P02", "57P03");

    private DatabaseUnreachable() {
    }

    /**
     * The exception among the causes that says the database could not be reached, if one does. Suppressed exceptions
     * are causes too: a commit that fails because the server went away is the transaction manager's
     * RollbackException, with the driver's exception under an XAException it suppressed.
     */
    static Optional<Throwable> cause(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> links = new ArrayDeque<>(List.of(failure));
        while (!links.isEmpty()) {
            Throwable link = links.removeFirst();
            if (!seen.add(link)) {
                continue;
            }
            if (saysUnreachable(link)) {
                return Optional.of(link);
            }
            if (link.getCause() != null) {
                links.addLast(link.getCause());
            }
            links.addAll(List.of(link.getSuppressed()));
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
