package se.socialkontakt.support.idempotency;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IdempotencyKeyTest {
    @Test
    void noHeaderIsNoKey() {
        assertThat(IdempotencyKey.of(null)).isEmpty();
    }

    @Test
    void aRandomUuidIsTheKey() {
        UUID key = UUID.randomUUID();
        assertThat(IdempotencyKey.of(key.toString())).contains(new IdempotencyKey(key));
        assertThat(IdempotencyKey.of(key.toString().toUpperCase())).contains(new IdempotencyKey(key));
    }

    /** Short forms Java would accept ("1-1-1-1-1") are refused too: a key is written out in full. */
    @ParameterizedTest
    @ValueSource(strings = { "", "retry-1", "1-1-1-1-1", "00000000-0000-0000-0000-000000000000",
            "c232ab00-9414-11ec-b3c8-9f6bdeced846", "0b7e5c1a-1f2d-4a31-1d7e-5a0c3e1f0001" })
    void anythingElseIsABadRequest(String header) {
        assertThatThrownBy(() -> IdempotencyKey.of(header))
                .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.getStatusCode()).isEqualTo(400));
    }
}
