package se.socialkontakt.systemtest.chaos;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** The report names each failing job once, with its number of failed runs and what the first failed with. */
class FailedJobRunsTest {
    private static final String FAILED_RUN = "2026-12-06 23:12:02,405 ERROR [io.quarkus.scheduler.common.runtime"
            + ".StatusEmitterInvoker] (executor-thread-3) Error occurred while executing task for trigger"
            + " IntervalTrigger [id=1_se.socialkontakt.chat.queue.QueueBroadcaster#broadcastWhenChanged,"
            + " interval=1000]: java.util.concurrent.CompletionException: %s";

    @TempDir
    Path logs;

    @Test
    void eachFailingJobIsReportedWithTheInnermostCauseOfItsFirstFailedRun() throws Exception {
        Files.writeString(logs.resolve("chat-service-1.log"), String.join("\n",
                "2026-12-06 23:00:00,000 INFO  [io.quarkus] (main) chat-service started",
                FAILED_RUN.formatted("jakarta.persistence.PersistenceException: could not read"),
                "\tat java.base/java.util.concurrent.CompletableFuture.encodeThrowable(CompletableFuture.java:376)",
                "Caused by: jakarta.persistence.PersistenceException: could not read",
                "\tat org.hibernate.Something.run(Something.java:1)",
                "Caused by: java.sql.SQLException: Sorry, acquisition timeout!",
                "\tat io.agroal.pool.ConnectionPool.handlerFromSharedCache(ConnectionPool.java:1)",
                "2026-12-06 23:12:03,000 INFO  [io.quarkus] (main) a later line",
                "Caused by: java.lang.IllegalStateException: of a later line, not of the run",
                FAILED_RUN.formatted("java.lang.IllegalStateException: the second run"),
                ""));
        Files.writeString(logs.resolve("haproxy.log"), FAILED_RUN.formatted("not a service's log"));

        Instant before = LocalDateTime.of(2026, 12, 6, 23, 0).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(FailedJobRuns.since(logs, before)).containsExactly("scheduled job"
                + " se.socialkontakt.chat.queue.QueueBroadcaster#broadcastWhenChanged (chat-service-1.log) logged 2"
                + " failed run(s) with a stack trace, the first caused by java.sql.SQLException: Sorry, acquisition"
                + " timeout!");

        Instant after = LocalDateTime.of(2026, 12, 6, 23, 30).atZone(ZoneId.systemDefault()).toInstant();
        assertThat(FailedJobRuns.since(logs, after)).isEmpty();
    }
}
