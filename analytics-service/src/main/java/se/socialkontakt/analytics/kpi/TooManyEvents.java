package se.socialkontakt.analytics.kpi;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/**
 * A period holds more events than figures are computed from at a time (socialkontakt.analytics.figures.max-events).
 * A view asked for directly answers with this 400 problem; the goals, which read the whole year beside any view,
 * show that they cannot be counted instead of failing the dashboard.
 */
public class TooManyEvents extends HttpProblem {
    TooManyEvents(long events, long limit) {
        super(HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Too many events for one view")
                .withDetail("The period holds %d events; figures are computed from at most %d at a time. "
                        .formatted(events, limit) + "Choose a shorter period.")
                .with("events", events).with("limit", limit));
    }
}
