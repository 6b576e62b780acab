package se.socialkontakt.support.scheduler;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduler;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Every service's scheduled jobs run only while it serves: after the whole start-up, before any of the shutdown. A job
 * run during start-up can meet beans not yet wired (the outbox relay's Emitter before Reactive Messaging connects it:
 * SRMSG00019, as its bean is created, before any interceptor runs), one during shutdown a closed EntityManagerFactory;
 * what a skipped run would have done waits in the database for the next run or the next instance.
 * <p>
 * The scheduler starts halted ({@code quarkus.scheduler.start-mode=halted}, service-support's defaults), is resumed by
 * the last observer of {@link StartupEvent} and paused by the first observer of {@link ShutdownEvent}. Here once
 * rather than {@code skipExecutionIf = Scheduled.ApplicationNotRunning.class} on each job, which a new job could
 * forget, and which lets runs start during the start-up observers that come after its own.
 */
@ApplicationScoped
class JobsRunWhileServing {
    void resumeWhenStarted(@Observes @Priority(Integer.MAX_VALUE) StartupEvent started, Scheduler scheduler) {
        // Not started when a test profile disables the scheduler (quarkus.scheduler.enabled=false): nothing to resume.
        if (scheduler.isStarted()) {
            scheduler.resume();
        }
    }

    void pauseWhenStopping(@Observes @Priority(Integer.MIN_VALUE) ShutdownEvent stopping, Scheduler scheduler) {
        if (scheduler.isStarted()) {
            scheduler.pause();
        }
    }
}
