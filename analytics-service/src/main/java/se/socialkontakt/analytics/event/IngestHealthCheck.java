package se.socialkontakt.analytics.event;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * DOWN when the ingest has stalled (records wait and nothing is stored), so that the platform restarts the instance
 * rather than leave its figures silently behind. It says how many records wait, never why (no exception text).
 */
@Liveness
@ApplicationScoped
public class IngestHealthCheck implements HealthCheck {
    private final IngestProgress progress;

    IngestHealthCheck(IngestProgress progress) {
        this.progress = progress;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("analytics-ingest").status(!progress.stalled())
                .withData("waitingRecords", progress.lag()).build();
    }
}
