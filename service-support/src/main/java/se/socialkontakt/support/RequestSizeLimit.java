package se.socialkontakt.support;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses request bodies larger than the API accepts with a 413 problem+json before they are read. Vert.x keeps a
 * higher hard cap ({@code quarkus.http.limits.max-body-size}) for bodies that announce no length; this limit is
 * the one clients meet, and it answers in the same problem format as every other error.
 */
public class RequestSizeLimit {
    private final long maxBytes;

    RequestSizeLimit(@ConfigProperty(name = "socialkontakt.http.max-request-body") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedBodies(ContainerRequestContext request) {
        if (request.getLength() > maxBytes) {
            throw new WebApplicationException("Request body larger than " + maxBytes + " bytes",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }
}
