package se.socialkontakt.chat.queue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.delivery.ChatBus;
import se.socialkontakt.testsupport.LockWaits;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The fault harness saw the presence refresh fail (an OptimisticLockException, logged with its stack trace) when a
 * counsellor's row went while the refresh was removing it: their last console closed on this instance, or the other
 * instance removed the row as stale while this one could not reach the database.
 */
@QuarkusTest
class PresenceRefreshTest {
    @Inject
    PresenceService presence;

    @Inject
    ChatBus bus;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRowThatGoesWhileTheRefreshRemovesItIsNoFailure() throws Exception {
        String counsellor = "left-" + UUID.randomUUID();
        presence.setAvailable(counsellor, true);
        CompletableFuture<Void> refresh;
        try (Connection closing = dataSource.getConnection()) {
            closing.setAutoCommit(false);
            // Holds the row's delete open, as a closing console's transaction would.
            try (PreparedStatement delete = closing.prepareStatement(
                    "DELETE FROM counsellor_presence WHERE instance_id = ? AND username = ?")) {
                delete.setString(1, bus.instanceId());
                delete.setString(2, counsellor);
                assertThat(delete.executeUpdate()).isOne();
            }
            // The counsellor has no console here, so the refresh removes their row: it reads it and waits for it.
            refresh = CompletableFuture.runAsync(presence::refresh);
            await().atMost(Duration.ofSeconds(20)).until(() -> LockWaits.aStatementWaitsForALock(dataSource));
            closing.commit();
        }

        refresh.get();
        assertThat(presence.availableCounsellors()).doesNotContain(counsellor);
    }

    @Test
    void theRowsOfUsersWithAConsoleHereStayFreshAndTheOthersGo() {
        String here = "here-" + UUID.randomUUID();
        String gone = "gone-" + UUID.randomUUID();
        presence.setAvailable(here, true);
        presence.setAvailable(gone, true);
        Instant before = seenAt(here).orElseThrow();

        presence.refresh(Set.of(here));

        assertThat(seenAt(here)).hasValueSatisfying(seen -> assertThat(seen).isAfterOrEqualTo(before));
        assertThat(seenAt(gone)).isEmpty();
        assertThat(presence.availableCounsellors()).contains(here).doesNotContain(gone);
    }

    private Optional<Instant> seenAt(String user) {
        return QuarkusTransaction.requiringNew().call(() -> Presence.<Presence>findByIdOptional(
                new Presence.Key(bus.instanceId(), user)).map(row -> row.seenAt));
    }
}
