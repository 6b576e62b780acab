package se.socialkontakt.chat.queue;

import se.socialkontakt.chat.conversation.Conversation;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.events.ChatTopic;

import java.time.Instant;
import java.util.Comparator;
import java.util.UUID;

/** A conversation in the queue, as the queue orders and shows it. */
public record Waiting(UUID conversationId, Instant requestedAt, Conversation.RiskLevel risk, AgeBand ageBand,
        ChatTopic topic, boolean practice) {

    /**
     * Risk-flagged first (the higher the level the sooner), then the longest waiting. The same order as the
     * {@code ORDER BY} a counsellor's "accept" takes from.
     */
    public static final Comparator<Waiting> QUEUE_ORDER = Comparator
            .comparing(Waiting::risk, Comparator.reverseOrder())
            .thenComparing(Waiting::requestedAt)
            .thenComparing(Waiting::conversationId);

    public static Waiting of(Conversation conversation) {
        return new Waiting(conversation.id, conversation.requestedAt, conversation.riskLevel, conversation.ageBand,
                conversation.topic, conversation.practice);
    }
}
