package se.socialkontakt.support.limits;

import io.quarkiverse.resteasy.problem.HttpProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicFormGuardTest {
    private final PublicFormGuard guard = new PublicFormGuard(2, 1);

    @Test
    void aFilledHoneypotIsRefused() {
        assertThatThrownBy(() -> guard.check("http://spam.example", "192.0.2.1"))
                .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.getStatusCode()).isEqualTo(400));
    }

    @Test
    void eachAddressGetsAFewAtOnceAndThenWaits() {
        guard.check("", "192.0.2.1");
        guard.check(null, "192.0.2.1");
        assertThatThrownBy(() -> guard.check(null, "192.0.2.1"))
                .isInstanceOfSatisfying(HttpProblem.class, p -> assertThat(p.getStatusCode()).isEqualTo(429));
        guard.check(null, "192.0.2.2");
    }
}
