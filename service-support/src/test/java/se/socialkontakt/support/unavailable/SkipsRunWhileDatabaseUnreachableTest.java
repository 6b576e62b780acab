package se.socialkontakt.support.unavailable;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The refusal is the driver's own, connecting where nothing listens. */
class SkipsRunWhileDatabaseUnreachableTest {
    private final ApplicationRunning application = new ApplicationRunning();
    private final SkipsRunWhileDatabaseUnreachableInterceptor jobs =
            new SkipsRunWhileDatabaseUnreachableInterceptor(application);
    private final AtomicInteger runs = new AtomicInteger();

    @BeforeEach
    void start() {
        application.started(new StartupEvent());
    }

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

    @Test
    void noRunStartsBeforeTheServiceIsUpOrAfterItsShutdownBegan() throws Exception {
        ApplicationRunning starting = new ApplicationRunning();
        var jobsOfAStartingService = new SkipsRunWhileDatabaseUnreachableInterceptor(starting);
        assertThat(jobsOfAStartingService.run("SlaWatch.check", this::count)).isNull();

        starting.started(new StartupEvent());
        assertThat(jobsOfAStartingService.run("SlaWatch.check", this::count)).isEqualTo("checked");

        starting.stopping(new ShutdownEvent());
        assertThat(jobsOfAStartingService.run("SlaWatch.check", this::count)).isNull();
        assertThat(runs).as("only the run while the service was up").hasValue(1);
    }

    @Test
    void aRunTheShutdownCutShortIsNoFailure() throws Exception {
        assertThat(jobs.run("ConversationSweeper.sweep", () -> {
            application.stopping(new ShutdownEvent());
            throw new IllegalStateException("EntityManagerFactory is closed");
        })).isNull();
        assertThat(jobs.inOutage("ConversationSweeper.sweep")).as("not an outage of the database").isFalse();
    }

    private Object count() {
        runs.incrementAndGet();
        return "checked";
    }

    private Object connectWhereNothingListens() throws SQLException {
        runs.incrementAndGet();
        return DriverManager.getConnection("jdbc:postgresql://localhost:1/nothing", "nobody", "none");
    }
}
