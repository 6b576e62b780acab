package se.socialkontakt.support.idempotency;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Describes the Idempotency-Key header once for every create that takes it (mp.openapi.filter). */
public class IdempotencyKeyDocumentation implements OASFilter {
    static final String DESCRIPTION = """
            Optional (draft-ietf-httpapi-idempotency-key-header): a random (version 4) UUID the client chooses for \
            one create and sends again with every retry of it. A request with a key this caller already used for \
            this kind of resource creates nothing and answers as the first did: 201 with the same Location and the \
            resource as it is now (for a chat request, the same token). The body of a retry is not compared. \
            A malformed key is refused with 400 problem+json. Without the header every request creates.""";

    @Override
    public Parameter filterParameter(Parameter parameter) {
        if (parameter.getIn() == Parameter.In.HEADER && IdempotencyKey.HEADER.equals(parameter.getName())) {
            parameter.setDescription(DESCRIPTION);
            parameter.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                    .format("uuid"));
        }
        return parameter;
    }
}
