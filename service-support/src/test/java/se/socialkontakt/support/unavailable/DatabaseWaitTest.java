package se.socialkontakt.support.unavailable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/** Every refusal here is the driver's own, connecting where nothing listens. */
class DatabaseWaitTest {
    private final DatabaseWait wait = new DatabaseWait(Duration.ofMillis(1), Duration.ofMillis(5),
            Duration.ofSeconds(30));
    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void aCallThatCannotReachTheDatabaseIsMadeAgainUntilItCan() throws Exception {
        String stored = wait.call(() -> {
            if (attempts.incrementAndGet() <= 2) {
                connectWhereNothingListens();
            }
            return "stored";
        });

        assertThat(stored).isEqualTo("stored");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void anyOtherFailureFailsAtOnce() {
        assertThatThrownBy(() -> wait.call(() -> {
            attempts.incrementAndGet();
            throw new SQLException("duplicate key value violates unique constraint", "23505");
        })).hasMessageContaining("duplicate key");

        assertThat(attempts).hasValue(1);
    }

    @Test
    void itGivesUpOnADatabaseThatStaysUnreachable() {
        DatabaseWait brief = new DatabaseWait(Duration.ofMillis(50), Duration.ofMillis(50), Duration.ofSeconds(2));

        assertThatThrownBy(() -> brief.call(() -> {
            attempts.incrementAndGet();
            return connectWhereNothingListens();
        })).isInstanceOf(SQLException.class);

        assertThat(attempts.get()).isGreaterThan(1);
    }

    private static Object connectWhereNothingListens() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:1/nothing", "nobody", "none");
    }
}
