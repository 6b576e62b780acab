package se.socialkontakt.support.demo;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

/**
 * The answers every service's demo loader gives alike: a demo year exists only where the run command switches it on,
 * and is loaded once per installation.
 */
public final class DemoLoad {
    private DemoLoad() {
    }

    public static HttpProblem switchedOff() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No demo data here")
                .withDetail("Demo data is switched off in this installation").build();
    }

    public static HttpProblem alreadyLoaded() {
        return HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Demo data already loaded")
                .withDetail("This installation's demo year was loaded already; it is loaded only once").build();
    }
}
