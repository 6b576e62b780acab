package se.socialkontakt.chat.conversation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.socialkontakt.support.audit.Audit;

import java.util.UUID;

/**
 * Who may act on one conversation, checked per conversation and not per role alone: the counsellor who holds it or
 * wrote in it (held it before a transfer), and a supervisor who joined it. Supervisors may also preserve and block
 * any conversation (a young person's words in the queue can call for a report of concern before anyone answers),
 * and read a transcript once it is preserved. Every refusal is audited in a transaction of its own, so that it
 * stays when the refused request rolls back.
 */
@ApplicationScoped
public class ConversationAccess {
    private final EntityManager entityManager;
    private final Audit audit;

    ConversationAccess(EntityManager entityManager, Audit audit) {
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** The user holds or held the conversation, or joined it as a supervisor. */
    @Transactional
    public boolean involved(UUID conversation, String user) {
        return (Boolean) entityManager.createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM conversation WHERE id = ?1 AND counsellor = ?2)
                    OR EXISTS (SELECT 1 FROM chat_message WHERE conversation_id = ?1 AND author = ?2)
                    OR EXISTS (SELECT 1 FROM chat_note WHERE conversation_id = ?1 AND author = ?2)
                    OR EXISTS (SELECT 1 FROM conversation_supervisor WHERE conversation_id = ?1 AND supervisor = ?2)""")
                .setParameter(1, conversation).setParameter(2, user).getSingleResult();
    }

    /** Whether the user may preserve or block the conversation. */
    public boolean mayActOn(UUID conversation, SecurityIdentity identity) {
        return identity.hasRole("supervisor") || involved(conversation, identity.getPrincipal().getName());
    }

    /** Whether the user may read the transcript. */
    public boolean mayRead(Conversation conversation, SecurityIdentity identity) {
        return identity.hasRole("supervisor") && conversation.preservedUntil != null
                || involved(conversation.id, identity.getPrincipal().getName());
    }

    /** Records a refused attempt; it stays whatever happens to the request's own transaction. */
    public void refused(SecurityIdentity identity, String action, UUID conversation) {
        QuarkusTransaction.requiringNew().run(() -> audit.record(identity.getPrincipal().getName(),
                action + "_REFUSED", conversation, "not involved in the conversation"));
    }
}
