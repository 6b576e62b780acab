package se.socialkontakt.support.unavailable;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;

/**
 * Whether the service is up: from its start until its shutdown begins. Before and after, the database's pool and
 * Hibernate are not there for a job to use (the scheduler's {@code Scheduled.ApplicationNotRunning} answers the same
 * question, but only when a run is triggered, not for a run the shutdown overtakes).
 */
@Singleton
class ApplicationRunning {
    private volatile boolean running;

    void started(@Observes StartupEvent event) {
        running = true;
    }

    /** Before every other observer of the shutdown: those close what the jobs use. */
    void stopping(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        running = false;
    }

    boolean running() {
        return running;
    }
}
