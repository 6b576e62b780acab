package se.socialkontakt.support.idempotency;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.util.Optional;
import java.util.UUID;

/**
 * Who asked for a created row and with which key, stored with the row (columns {@code idempotency_caller} and
 * {@code idempotency_key}, unique together where there is a key) as an embedded {@code idempotency}.
 */
@Embeddable
public class IdempotentRequest {
    /** The caller, "" for nobody: NULL would make every anonymous key distinct to the unique index. */
    @Column(name = "idempotency_caller")
    public String caller;

    @Column(name = "idempotency_key")
    public UUID idempotencyKey;

    /** What to store with a new row; null (both columns empty) without a key. */
    public static IdempotentRequest of(String caller, Optional<IdempotencyKey> key) {
        return key.map(k -> {
            IdempotentRequest request = new IdempotentRequest();
            request.caller = caller;
            request.idempotencyKey = k.value();
            return request;
        }).orElse(null);
    }
}
