package se.socialkontakt.support.unavailable;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lists the 503 that {@link DatabaseUnavailableProblemMapper} answers under every operation of the API, so that a
 * client generated from the description knows to retry it after {@code Retry-After} (issue #13's follow-up: the
 * descriptions listed only the answers of the resources themselves).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class DatabaseUnavailableDocumentation implements OASFilter {
    static final String DESCRIPTION = """
            The service cannot reach its database just now (a restart or a fail-over). As a rule nothing was done; \
            when the connection broke while committing, the outcome is unknown. Send the same request again after \
            the seconds in Retry-After: a create sent again with the same Idempotency-Key is created once. \
            problem+json.""";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("503")) {
            operation.getResponses().addAPIResponse("503", OASFactory.createAPIResponse()
                    .description(DESCRIPTION)
                    .addHeader("Retry-After", OASFactory.createHeader()
                            .description("Seconds to wait before sending the request again")
                            .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                    .content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType())));
        }
        return operation;
    }
}
