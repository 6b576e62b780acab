package se.socialkontakt.chat.queue;

import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.conversation.Conversation.RiskLevel;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class QueueOrderTest {
    private static final Instant NINE = Instant.parse("2026-11-23T15:00:00Z");

    private static Waiting waiting(String name, int minutesAfterNine, RiskLevel risk) {
        return new Waiting(UUID.nameUUIDFromBytes(name.getBytes()), NINE.plusSeconds(60L * minutesAfterNine), risk,
                AgeBand.UNDISCLOSED, null, false);
    }

    @Test
    void riskFlaggedComeFirstHighestLevelFirstThenTheLongestWaiting() {
        Waiting early = waiting("early", 0, RiskLevel.NONE);
        Waiting late = waiting("late", 10, RiskLevel.NONE);
        Waiting elevated = waiting("elevated", 5, RiskLevel.ELEVATED);
        Waiting highLate = waiting("high late", 12, RiskLevel.HIGH);
        Waiting highEarly = waiting("high early", 11, RiskLevel.HIGH);

        List<Waiting> queue = Stream.of(late, highLate, early, elevated, highEarly)
                .sorted(Waiting.QUEUE_ORDER).toList();

        assertThat(queue).containsExactly(highEarly, highLate, elevated, early, late);
    }

    @Test
    void positionsCountFromOneAndZeroMeansNotQueued() {
        Waiting first = waiting("first", 0, RiskLevel.NONE);
        Waiting second = waiting("second", 1, RiskLevel.NONE);
        QueueSnapshot snapshot = new QueueSnapshot(List.of(first, second), 1, 0, 0, 3, java.time.Duration.ofMinutes(20));

        assertThat(snapshot.positionOf(first.conversationId())).isEqualTo(1);
        assertThat(snapshot.positionOf(second.conversationId())).isEqualTo(2);
        assertThat(snapshot.positionOf(UUID.randomUUID())).isZero();
    }
}
