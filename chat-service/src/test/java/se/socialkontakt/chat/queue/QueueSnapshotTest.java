package se.socialkontakt.chat.queue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.conversation.Conversation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault harness saw the queue broadcaster fail (a NullPointerException, logged with its stack trace): the snapshot
 * read a conversation while it was queued, another instance then took it and ended it, and the snapshot's next
 * statement (the latest conversations' mean length) found it ended, but got back the queued copy it already held,
 * without a start.
 */
@QuarkusTest
class QueueSnapshotTest {
    @Inject
    QueueService queue;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aConversationTakenAndEndedElsewhereDuringTheSnapshotIsReadAsItIsNow() throws Exception {
        UUID id = UUID.randomUUID();
        Instant requested = Instant.now().minus(Duration.ofMinutes(30));
        execute("INSERT INTO conversation (id, status, age_band, requested_at) VALUES (?, 'QUEUED', 'AGE_13_15', ?)",
                id, Timestamp.from(requested));

        QueueSnapshot snapshot = QuarkusTransaction.requiringNew().call(() -> {
            // What the snapshot's first statement does: the queued conversation is now held as it was read.
            assertThat(Conversation.<Conversation>findById(id).startedAt).isNull();
            QuarkusTransaction.requiringNew().run(() -> execute("UPDATE conversation SET status = 'ENDED',"
                    + " counsellor = 'elsewhere', started_at = ?, ended_at = ? WHERE id = ?",
                    Timestamp.from(requested.plus(Duration.ofMinutes(5))), Timestamp.from(Instant.now()), id));
            return queue.snapshot();
        });

        assertThat(snapshot.waiting()).noneMatch(waiting -> waiting.conversationId().equals(id));
    }

    /** Committed before the caller goes on, as another instance's transaction. */
    private void execute(String sql, Object... parameters) {
        try (Connection elsewhere = dataSource.getConnection();
                PreparedStatement statement = elsewhere.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
