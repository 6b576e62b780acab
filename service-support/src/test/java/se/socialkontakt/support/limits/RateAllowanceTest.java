package se.socialkontakt.support.limits;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateAllowanceTest {

    @Test
    void aBurstIsAllowedAndThenTheSteadyRate() {
        AtomicLong now = new AtomicLong();
        RateAllowance allowance = new RateAllowance(3, 60, now::get);
        assertThat(allowance.tryTake()).isTrue();
        assertThat(allowance.tryTake()).isTrue();
        assertThat(allowance.tryTake()).isTrue();
        assertThat(allowance.tryTake()).isFalse();
        now.addAndGet(1_000_000_000L); // one second: one more message at 60 a minute
        assertThat(allowance.tryTake()).isTrue();
        assertThat(allowance.tryTake()).isFalse();
        now.addAndGet(3_600_000_000_000L); // an hour later the bucket holds the burst, no more
        assertThat(allowance.tryTake()).isTrue();
        assertThat(allowance.tryTake()).isTrue();
        assertThat(allowance.tryTake()).isTrue();
        assertThat(allowance.tryTake()).isFalse();
    }
}
