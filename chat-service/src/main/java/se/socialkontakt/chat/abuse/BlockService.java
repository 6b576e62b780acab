package se.socialkontakt.chat.abuse;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.socialkontakt.chat.conversation.ChatRefusal;
import se.socialkontakt.chat.conversation.Conversation;
import se.socialkontakt.chat.conversation.ConversationService;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.events.ChatConversationEnded.EndedBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/** Blocks the participant of a conversation from the chat for a while, by fingerprint, and ends the conversation. */
@ApplicationScoped
public class BlockService {
    private final ConversationService conversations;
    private final Audit audit;
    private final EntityManager entityManager;
    private final Clock clock;

    BlockService(ConversationService conversations, Audit audit, EntityManager entityManager, Clock clock) {
        this.conversations = conversations;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Transactional
    public Instant block(String actor, UUID conversationId, Duration duration, String reason) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new ChatRefusal("unknown-conversation");
        }
        if (conversation.fingerprint == null) {
            throw new ChatRefusal("no-fingerprint");
        }
        Instant until = clock.instant().plus(duration);
        entityManager.createNativeQuery("""
                INSERT INTO participant_block (id, fingerprint_day, fingerprint, blocked_until, blocked_by, reason)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, conversation.fingerprintDay)
                .setParameter(3, conversation.fingerprint).setParameter(4, until).setParameter(5, actor)
                .setParameter(6, reason).executeUpdate();
        audit.record(actor, "BLOCKED", conversationId, "until " + until + ": " + reason);
        switch (conversation.status) {
            case QUEUED -> conversations.abandon(conversation, EndedBy.SYSTEM);
            case ACTIVE -> conversations.end(conversation, EndedBy.COUNSELLOR);
            default -> {
                // Already over: the block keeps them from starting another.
            }
        }
        return until;
    }
}
