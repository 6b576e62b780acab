package se.socialkontakt.support;

import io.quarkus.runtime.configuration.MemorySize;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Refuses request bodies larger than the API accepts with a 413 problem+json before they are read. Vert.x keeps a
 * higher hard cap ({@code quarkus.http.limits.max-body-size}) for bodies that announce no length; this limit is
 * the one clients meet, and it answers in the same problem format as every other error.
 */
public class RequestSizeLimit {
    private final long maxBytes;
    private final Optional<Pattern> uploadPaths;
    private final long maxUploadBytes;

    /** Uploads (paths matching {@code upload-paths}) may be larger; set Vert.x's cap above their limit too. */
    RequestSizeLimit(@ConfigProperty(name = "socialkontakt.http.max-request-body") MemorySize max,
            @ConfigProperty(name = "socialkontakt.http.upload-paths") Optional<String> uploadPaths,
            @ConfigProperty(name = "socialkontakt.http.max-upload-body", defaultValue = "10M") MemorySize maxUpload) {
        this.maxBytes = max.asLongValue();
        this.uploadPaths = uploadPaths.map(Pattern::compile);
        this.maxUploadBytes = maxUpload.asLongValue();
    }

    @ServerRequestFilter(preMatching = true)
    public void refuseOversizedBodies(ContainerRequestContext request) {
        long limit = uploadPaths.filter(p -> p.matcher(request.getUriInfo().getPath()).matches()).isPresent()
                ? maxUploadBytes : maxBytes;
        if (request.getLength() > limit) {
            throw new WebApplicationException("Request body larger than " + limit + " bytes",
                    Response.Status.REQUEST_ENTITY_TOO_LARGE);
        }
    }
}
