package se.socialkontakt.systemtest.chaos;

import org.awaitility.Awaitility;
import se.socialkontakt.systemtest.Analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** The suite at rest: every outbox relayed to Kafka, and analytics has consumed all of it. */
final class Settling {
    private static final Duration AT_MOST = Duration.ofMinutes(5);

    private Settling() {
    }

    /** Before the load: analytics' consumer group has committed everything on the topics (the demo data). */
    static void await(Topology topology) {
        awaitOutboxesSent();
        Analytics.awaitConsumerCaughtUp(topology.kafkaAdmin(), AT_MOST);
    }

    /**
     * After the load: analytics has stored every event put on the topics since it began. Not its committed offsets:
     * a commit that failed while a broker was down was seen never to be made again for a partition that got no more
     * records, though every event was stored (docs/decisions.md, "Fault harness").
     */
    static void awaitStoredSince(Topology topology, Instant since) {
        awaitOutboxesSent();
        Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
            Set<String> ids = EventTally.idsOnTopicsSince(since, topology.kafkaAdmin());
            return EventTally.storedInAnalytics(ids) == ids.size();
        });
    }

    private static void awaitOutboxesSent() {
        Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofSeconds(1)).ignoreExceptions()
                .until(() -> unsent() == 0);
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
