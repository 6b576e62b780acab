package se.socialkontakt.benchmarks.http;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;

/** The benchmark's own database of a service under test (on loopback), for bulk set-up and the final counts. */
public record ServiceDatabase(String url, String user, String password) {

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * Whether nothing accepted was lost: select must count the stored rows and their events in the outbox; both must
     * equal each other and at least the accepted answers (a request the client gave up on may still have committed).
     */
    public String lossCheck(String what, long accepted, String select) throws SQLException {
        try (Connection db = connect(); PreparedStatement count = db.prepareStatement(select);
             ResultSet row = count.executeQuery()) {
            row.next();
            long stored = row.getLong(1);
            long events = row.getLong(2);
            boolean intact = stored == events && stored >= accepted;
            return String.format(Locale.ROOT, "%s: %d accepted, %d stored, %d events in the outbox: %s", what,
                    accepted, stored, events, intact ? "nothing accepted was lost" : "MISMATCH");
        }
    }
}
