package se.socialkontakt.systemtest.chaos;

import org.awaitility.Awaitility;
import se.socialkontakt.systemtest.Analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

/** The suite at rest after the load: every outbox relayed to Kafka, and analytics has consumed all of it. */
final class Settling {
    private static final Duration AT_MOST = Duration.ofMinutes(5);

    private Settling() {
    }

    static void await(Topology topology) {
        Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> unsent() == 0);
        Analytics.awaitConsumerCaughtUp(topology.kafkaAdmin(), AT_MOST);
    }

    private static long unsent() throws SQLException {
        long unsent = 0;
        for (String database : List.of(Databases.CHAT, Databases.HOUSING, Databases.CONTACT_CENTER)) {
            try (Connection connection = Databases.open(database);
                    Statement select = connection.createStatement();
                    ResultSet rows = select.executeQuery("SELECT count(*) FROM outbox_event WHERE sent_at IS NULL")) {
                rows.next();
                unsent += rows.getLong(1);
            }
        }
        return unsent;
    }
}
