package se.socialkontakt.support.unavailable;

import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The refusal is the driver's own, connecting where nothing listens. */
class SkipsRunWhileDatabaseUnreachableTest {
    private final SkipsRunWhileDatabaseUnreachableInterceptor jobs = new SkipsRunWhileDatabaseUnreachableInterceptor();
    private final AtomicInteger runs = new AtomicInteger();

    @Test
    void aRunThatCannotReachTheDatabaseIsSkippedAndTheOutageLastsUntilARunSucceeds() throws Exception {
        assertThat(jobs.run("SlaWatch.check", this::connectWhereNothingListens)).isNull();
        assertThat(jobs.inOutage("SlaWatch.check")).isTrue();
        assertThat(jobs.run("SlaWatch.check", this::connectWhereNothingListens)).isNull();
        assertThat(jobs.inOutage("RetentionJob.run")).as("another job's outage is its own").isFalse();

        assertThat(jobs.run("SlaWatch.check", () -> "checked")).isEqualTo("checked");
        assertThat(jobs.inOutage("SlaWatch.check")).isFalse();
        assertThat(runs).hasValue(2);
    }

    @Test
    void anyOtherFailureGoesOnToTheScheduler() {
        assertThatThrownBy(() -> jobs.run("SlaWatch.check", () -> {
            throw new SQLException("duplicate key value violates unique constraint", "23505");
        })).hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> jobs.run("SlaWatch.check", () -> {
            throw new IllegalStateException("a bug");
        })).hasMessage("a bug");

        assertThat(jobs.inOutage("SlaWatch.check")).isFalse();
    }

    private Object connectWhereNothingListens() throws SQLException {
        runs.incrementAndGet();
        return DriverManager.getConnection("jdbc:postgresql://localhost:1/nothing", "nobody", "none");
    }
}
