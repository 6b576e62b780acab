package se.socialkontakt.contact.jobs;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A scheduled job that says nothing about the application's lifecycle (no {@code skipExecutionIf}) runs neither while
 * the service is still starting nor before the last start-up observer, and does run once the service has started
 * (service-support's scheduler/JobsRunWhileServing with the scheduler started halted).
 */
@QuarkusTest
@TestProfile(JobsRunWhileServingTest.ProbeEvery10Ms.class)
class JobsRunWhileServingTest {
    public static class ProbeEvery10Ms implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(StartUpProbe.EVERY, "0.01s");
        }
    }

    /**
     * A job due every 10 ms (the scheduler looks for due jobs once a second), and a start-up observer that comes after
     * the defaults, as a service's own start-up work may, and counts the job's runs while it takes 1.5 s. Off in every
     * other test's application.
     */
    @ApplicationScoped
    public static class StartUpProbe {
        static final String EVERY = "socialkontakt.test.start-up-probe.every";
        private static final long START_UP_WORK_MS = 1500;

        private final AtomicInteger runs = new AtomicInteger();
        private volatile int runsDuringStartUp = -1;

        @ConfigProperty(name = EVERY, defaultValue = "off")
        String every;

        @Scheduled(every = "${" + EVERY + ":off}")
        void run() {
            runs.incrementAndGet();
        }

        void startUpWork(@Observes @Priority(5000) StartupEvent started) throws InterruptedException {
            if (!"off".equals(every)) {
                Thread.sleep(START_UP_WORK_MS);
                runsDuringStartUp = runs.get();
            }
        }

        /* Read through methods: the test holds a client proxy, whose own fields are not the bean's. */
        int runs() {
            return runs.get();
        }

        int runsDuringStartUp() {
            return runsDuringStartUp;
        }
    }

    @Inject
    StartUpProbe probe;

    @Test
    void aJobRunsOnlyOnceTheStartUpHasEnded() {
        assertThat(probe.runsDuringStartUp()).as("runs of a job due every 10 ms during 1.5 s of start-up work").isZero();
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(probe.runs()).isPositive());
    }
}
