package se.socialkontakt.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation is over and the counsellor has tagged its topics (or the wrap-up time ran out). The young person's
 * "did this help?" comes separately as {@link ChatConversationRated}, since they answer after the end.
 */
public record ChatConversationEnded(UUID conversationId, Instant endedAt, long durationSeconds, EndedBy endedBy,
        List<ChatTopic> topics, ChatConversationRequested.AgeBand ageBand) implements EventData {

    public enum EndedBy {
        YOUTH, COUNSELLOR, SYSTEM
    }

    @Override
    public UUID aggregateId() {
        return conversationId;
    }
}
