package se.socialkontakt.systemtest.chaos;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import se.socialkontakt.systemtest.Analytics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The suite at rest: every outbox relayed to Kafka, and analytics has consumed all of it. */
final class Settling {
    private static final Duration AT_MOST = Duration.ofMinutes(5);
    private static final Duration COMMITS_MADE_AGAIN = Duration.ofSeconds(60);

    private Settling() {
    }

    /** Before the load: analytics' consumer group has committed everything on the topics (the demo data). */
    static void await(Topology topology) {
        awaitOutboxesSent();
        Analytics.awaitConsumerCaughtUp(topology.kafkaAdmin(), AT_MOST);
    }

    /**
     * After the load: analytics has stored every event put on the topics since it began. Settled on what is stored,
     * not on committed offsets, so that a commit left behind is reported by {@link #uncommittedOffsets} as what it is
     * rather than as a settling that never ends.
     */
    static void awaitStoredSince(Topology topology, Instant since) {
        awaitOutboxesSent();
        Awaitility.await().atMost(AT_MOST).pollInterval(Duration.ofSeconds(2)).ignoreExceptions().until(() -> {
            Set<String> ids = EventTally.idsOnTopicsSince(since, topology.kafkaAdmin());
            return EventTally.storedInAnalytics(ids) == ids.size();
        });
    }

    /**
     * Once everything is stored, analytics' consumer group must commit up to the end of every partition within a few
     * commit intervals; a commit that failed while a broker was down and was never made again shows here (the ingest
     * health check would later call such an instance stalled).
     */
    static Optional<String> uncommittedOffsets(Topology topology) {
        try {
            Analytics.awaitConsumerCaughtUp(topology.kafkaAdmin(), COMMITS_MADE_AGAIN);
            return Optional.empty();
        } catch (ConditionTimeoutException e) {
            return Optional.of("analytics' consumer group has not committed every stored event's offset "
                    + COMMITS_MADE_AGAIN.toSeconds() + " s after settling");
        }
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
