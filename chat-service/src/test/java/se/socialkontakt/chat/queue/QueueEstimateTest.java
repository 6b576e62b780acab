package se.socialkontakt.chat.queue;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class QueueEstimateTest {
    private static final Duration TWENTY_MINUTES = Duration.ofMinutes(20);

    @Test
    void nobodyOnlineMeansNoEstimateRatherThanAFalseOne() {
        assertThat(QueueEstimate.minutes(1, 0, 0, 3, TWENTY_MINUTES)).isEmpty();
    }

    @Test
    void aFreePlaceIsTakenAtOnce() {
        assertThat(QueueEstimate.minutes(2, 1, 2, 3, TWENTY_MINUTES)).hasValue(1);
    }

    @Test
    void beyondTheFreePlacesTheQueueMovesOnePlacePerAverageConversationPerPlace() {
        // 2 counsellors x 3 places = 6 places; each frees every 20 minutes: one place every 20/6 = 3.33 minutes.
        assertThat(QueueEstimate.minutes(1, 2, 0, 3, TWENTY_MINUTES)).hasValue(4);
        assertThat(QueueEstimate.minutes(6, 2, 0, 3, TWENTY_MINUTES)).hasValue(20);
        assertThat(QueueEstimate.minutes(8, 2, 2, 3, TWENTY_MINUTES)).hasValue(20);
    }

    @Test
    void theEstimateNeverDropsBelowAMinute() {
        assertThat(QueueEstimate.minutes(1, 10, 0, 3, Duration.ofMinutes(1))).hasValue(1);
    }
}
