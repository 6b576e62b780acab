package se.socialkontakt.support.idempotency;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.util.Optional;
import java.util.UUID;

/**
 * The client's name for one create it may send more than once (the {@code Idempotency-Key} header of
 * draft-ietf-httpapi-idempotency-key-header). It must be a random (version 4) UUID: for an anonymous create the key
 * is all that tells a retry from someone else's request, so it has to be as unguessable as a secret.
 */
public record IdempotencyKey(UUID value) {
    public static final String HEADER = "Idempotency-Key";

    private static final int RANDOM_VERSION = 4;
    private static final int STANDARD_VARIANT = 2;

    /** The header's key; empty without the header; a 400 problem for anything but a random UUID. */
    public static Optional<IdempotencyKey> of(String header) {
        if (header == null) {
            return Optional.empty();
        }
        try {
            UUID key = UUID.fromString(header.strip());
            if (key.version() == RANDOM_VERSION && key.variant() == STANDARD_VARIANT
                    && key.toString().equalsIgnoreCase(header.strip())) {
                return Optional.of(new IdempotencyKey(key));
            }
        } catch (IllegalArgumentException notAUuid) {
            // Answered below like any other malformed key.
        }
        throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Malformed Idempotency-Key")
                .withDetail(HEADER + " must be a random (version 4) UUID, new for each create")
                .with("field", HEADER).build();
    }
}
