package se.socialkontakt.chat.abuse;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.chat.conversation.ChatRefusal;
import se.socialkontakt.chat.conversation.Conversation;
import se.socialkontakt.chat.conversation.ConversationService;
import se.socialkontakt.chat.conversation.YouthToken;
import se.socialkontakt.events.ChatConversationEnded.EndedBy;
import se.socialkontakt.support.audit.Audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Keeps an abusive participant out of the chat for a while, and ends their conversation. A block covers the browser
 * the conversation came from (the random key its page keeps): a block by address would shut out everyone at a school
 * or on a mobile network, so only a supervisor chooses it, and only for a short time. Supervisors see every block
 * and lift it; blocking and lifting are audited.
 */
@ApplicationScoped
public class BlockService {
    /** What a block covers. */
    public enum Kind {
        BROWSER, ADDRESS
    }

    /** A block as supervisors see it: nothing about who was blocked beyond the conversation it came from. */
    public record Block(UUID id, Kind kind, UUID conversationId, Instant blockedAt, Instant blockedUntil,
            String blockedBy, String reason) {
    }

    private final ConversationService conversations;
    private final Fingerprints fingerprints;
    private final Audit audit;
    private final EntityManager entityManager;
    private final Clock clock;
    private final Duration addressAtMost;

    BlockService(ConversationService conversations, Fingerprints fingerprints, Audit audit, EntityManager entityManager,
            Clock clock, @ConfigProperty(name = "socialkontakt.chat.block.address-at-most") Duration addressAtMost) {
        this.conversations = conversations;
        this.fingerprints = fingerprints;
        this.audit = audit;
        this.entityManager = entityManager;
        this.clock = clock;
        this.addressAtMost = addressAtMost;
    }

    public Duration addressAtMost() {
        return addressAtMost;
    }

    /** Whether a new conversation from this address and browser (either may be unknown) is refused. */
    public boolean isBlocked(String remoteAddress, String browserKey) {
        return browserKey != null && browserIsBlocked(YouthToken.hash(browserKey))
                || fingerprints.isBlocked(remoteAddress);
    }

    /** Whether the page of this conversation, connecting from this address, is refused. */
    public boolean conversationIsBlocked(String remoteAddress, UUID conversationId) {
        byte[] browser = QuarkusTransaction.requiringNew().call(() -> Conversation.<Conversation>findByIdOptional(
                conversationId).map(c -> c.browserKeyHash).orElse(null));
        return browser != null && browserIsBlocked(browser) || fingerprints.isBlocked(remoteAddress);
    }

    private boolean browserIsBlocked(byte[] browserKeyHash) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery("""
                SELECT count(*) FROM participant_block
                WHERE kind = 'BROWSER' AND browser_key_hash = ?1 AND blocked_until > ?2""")
                .setParameter(1, browserKeyHash).setParameter(2, clock.instant()).getSingleResult()).longValue() > 0);
    }

    @Transactional
    public Instant block(String actor, boolean supervisor, UUID conversationId, Kind kind, Duration duration,
            String reason) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            throw new ChatRefusal("unknown-conversation");
        }
        if (kind == Kind.ADDRESS && !supervisor) {
            throw new ChatRefusal("supervisors-only");
        }
        if (kind == Kind.ADDRESS && duration.compareTo(addressAtMost) > 0) {
            throw new ChatRefusal("address-block-too-long");
        }
        boolean recognisable = kind == Kind.BROWSER ? conversation.browserKeyHash != null
                : conversation.fingerprint != null;
        if (!recognisable) {
            throw new ChatRefusal(kind == Kind.BROWSER ? "no-browser-key" : "no-fingerprint");
        }
        Instant now = clock.instant();
        Instant until = now.plus(duration);
        entityManager.createNativeQuery("""
                INSERT INTO participant_block (id, kind, browser_key_hash, fingerprint_day, fingerprint, conversation_id,
                    blocked_at, blocked_until, blocked_by, reason)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, kind.name())
                .setParameter(3, kind == Kind.BROWSER ? conversation.browserKeyHash : null)
                .setParameter(4, kind == Kind.ADDRESS ? conversation.fingerprintDay : null)
                .setParameter(5, kind == Kind.ADDRESS ? conversation.fingerprint : null)
                .setParameter(6, conversationId).setParameter(7, now).setParameter(8, until).setParameter(9, actor)
                .setParameter(10, reason).executeUpdate();
        audit.record(actor, "BLOCKED", conversationId, kind + " until " + until + ": " + reason);
        switch (conversation.status) {
            case QUEUED -> conversations.abandon(conversation, EndedBy.SYSTEM);
            case ACTIVE -> conversations.end(conversation, EndedBy.COUNSELLOR);
            default -> {
                // Already over: the block keeps them from starting another.
            }
        }
        return until;
    }

    /** The blocks in force, the latest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Block> inForce() {
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT id, kind, conversation_id, blocked_at, blocked_until, blocked_by, reason FROM participant_block
                WHERE blocked_until > ?1 ORDER BY blocked_at DESC""").setParameter(1, clock.instant())
                .getResultList();
        return rows.stream().map(row -> new Block((UUID) row[0], Kind.valueOf((String) row[1]), (UUID) row[2],
                (Instant) row[3], (Instant) row[4], (String) row[5], (String) row[6])).toList();
    }

    /** Lifts a block at once; false when there was none in force with this id. */
    @Transactional
    public boolean lift(String actor, UUID blockId) {
        int lifted = entityManager.createNativeQuery(
                        "DELETE FROM participant_block WHERE id = ?1 AND blocked_until > ?2")
                .setParameter(1, blockId).setParameter(2, clock.instant()).executeUpdate();
        if (lifted > 0) {
            audit.record(actor, "BLOCK_LIFTED", blockId, null);
        }
        return lifted > 0;
    }
}
