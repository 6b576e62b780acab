package se.socialkontakt.support.unavailable;

import io.quarkiverse.resteasy.problem.DefaultExceptionMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.InstanceUtils;
import io.quarkus.logging.Log;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A request that fails because the database cannot be reached (PostgreSQL stopped, restarting or failing over) is
 * answered 503 with {@code Retry-After}, in problem+json, so that clients and balancers retry it, instead of the 500
 * of a bug (issue #13). Every other exception goes on to resteasy-problem's own mapper and answers as before.
 * <p>
 * The 503 is logged here as one warning: through resteasy-problem's logging every request during an outage would
 * write an error with the whole stack trace, for a cause that is known and passes by itself.
 */
@Provider
// resteasy-problem maps Exception with priority 999: this one is asked first and hands on what is not its own.
@Priority(500)
public class DatabaseUnavailableProblemMapper implements ExceptionMapper<Exception> {
    /** Long enough for a restarted or failed-over PostgreSQL to take connections again, short for a person waiting. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    DefaultExceptionMapper otherwise;

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        return DatabaseUnreachable.cause(exception).map(this::unavailable)
                .orElseGet(() -> otherwise.toResponse(exception));
    }

    private Response unavailable(Throwable cause) {
        String path = uriInfo.getPath();
        Log.warnf("%s answered 503, the database cannot be reached: %s: %s", path, cause.getClass().getName(),
                cause.getMessage());
        return HttpProblem.builder()
                .withStatus(Response.Status.SERVICE_UNAVAILABLE)
                .withTitle(Response.Status.SERVICE_UNAVAILABLE.getReasonPhrase())
                .withDetail("The service cannot reach its database just now; try again in a few seconds")
                .withInstance(InstanceUtils.pathToInstance(path))
                .withHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .build()
                .toResponse();
    }
}
