package se.socialkontakt.chat.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.socialkontakt.chat.delivery.ChatBus;
import se.socialkontakt.chat.delivery.Signal;
import se.socialkontakt.chat.queue.PresenceService;
import se.socialkontakt.chat.queue.QueueService;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.chat.risk.RiskService;
import se.socialkontakt.events.ChatConversationEnded;
import se.socialkontakt.events.ChatConversationEnded.EndedBy;
import se.socialkontakt.events.ChatConversationStarted;
import se.socialkontakt.events.ChatTopic;
import se.socialkontakt.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What counsellors and supervisors do with conversations: take, answer, note, end, hand over, escalate, join. */
@ApplicationScoped
public class CounsellingService {
    /** A member of staff as the console knows them. */
    public record Staff(String user, boolean supervisor) {
    }

    private final ConversationService conversations;
    private final QueueService queue;
    private final PresenceService presence;
    private final RiskService risk;
    private final Audit audit;
    private final Outbox outbox;
    private final ChatBus bus;
    private final Frames frames;
    private final EntityManager entityManager;
    private final Clock clock;

    CounsellingService(ConversationService conversations, QueueService queue, PresenceService presence,
            RiskService risk, Audit audit, Outbox outbox, ChatBus bus, Frames frames, EntityManager entityManager,
            Clock clock) {
        this.conversations = conversations;
        this.queue = queue;
        this.presence = presence;
        this.risk = risk;
        this.audit = audit;
        this.outbox = outbox;
        this.bus = bus;
        this.frames = frames;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Takes a conversation from the queue: the one asked for (a practice chat, or a supervisor's pick), or else the
     * first: risk-flagged first, then the longest waiting (the order of {@code Waiting.QUEUE_ORDER}). Empty when
     * there is none to take; refused when the counsellor has no free place.
     */
    @Transactional
    public Optional<Conversation> accept(String counsellor, Optional<UUID> wanted) {
        if (queue.activeConversationsOf(counsellor) >= queue.placesPerCounsellor()) {
            throw new ChatRefusal("no-free-place");
        }
        @SuppressWarnings("unchecked")
        List<UUID> first = wanted
                .map(id -> entityManager.createNativeQuery(
                        "SELECT id FROM conversation WHERE status = 'QUEUED' AND id = ?1 FOR UPDATE SKIP LOCKED",
                        UUID.class).setParameter(1, id))
                .orElseGet(() -> entityManager.createNativeQuery("""
                        SELECT id FROM conversation WHERE status = 'QUEUED'
                        ORDER BY risk_rank DESC, requested_at, id LIMIT 1 FOR UPDATE SKIP LOCKED""", UUID.class))
                .getResultList();
        if (first.isEmpty()) {
            return Optional.empty();
        }
        Conversation conversation = Conversation.findById(first.get(0));
        Instant now = clock.instant();
        conversation.status = Conversation.Status.ACTIVE;
        conversation.counsellor = counsellor;
        conversation.startedAt = now;
        if (!conversation.practice) {
            outbox.publish(new ChatConversationStarted(conversation.id, now, conversation.secondsWaited(now)));
        }
        bus.publish(Signal.toConversation(Signal.Route.YOUTH, conversation.id, frames.started(conversation.id)));
        bus.publish(Signal.queueChanged());
        return Optional.of(conversation);
    }

    /** A conversation the member of staff may follow after a reconnect, with the messages they missed. */
    @Transactional
    /**
     * The conversations under way that the counsellor holds: a console that connects follows them all, also after
     * the browser was closed and forgot them, so that none holds a place unseen.
     */
    public List<UUID> heldBy(String counsellor) {
        return Conversation.<Conversation>find("status = ?1 and counsellor = ?2 order by startedAt",
                Conversation.Status.ACTIVE, counsellor).stream().map(c -> c.id).toList();
    }

    public Conversation resume(Staff staff, UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId);
        if (conversation == null || !(staff.user().equals(conversation.counsellor) || joined(staff, conversationId))) {
            throw new ChatRefusal("not-yours");
        }
        return conversation;
    }

    public long post(Staff staff, UUID conversationId, UUID clientId, String text) {
        Sender sender = writerRole(staff, conversationId);
        return conversations.post(conversationId, sender, staff.user(), clientId, text);
    }

    @Transactional
    public void typing(Staff staff, UUID conversationId) {
        Sender sender = writerRole(staff, conversationId);
        bus.publish(Signal.toConversation(Signal.Route.ALL, conversationId, frames.typing(conversationId, sender)));
    }

    @Transactional
    public void note(Staff staff, UUID conversationId, String text) {
        mustFollow(staff, conversationId);
        ChatNote note = new ChatNote();
        note.id = UUID.randomUUID();
        note.conversationId = conversationId;
        note.author = staff.user();
        note.body = text;
        note.writtenAt = clock.instant();
        note.persist();
        bus.publish(Signal.toConversation(Signal.Route.STAFF, conversationId, frames.note(note)));
    }

    @Transactional
    public List<ChatNote> notes(Staff staff, UUID conversationId) {
        mustFollow(staff, conversationId);
        return ChatNote.of(conversationId);
    }

    /**
     * Ends the conversation (if the young person has not already) and tags its topics: the wrap-up that publishes
     * the anonymous "ended" event.
     */
    @Transactional
    public void end(Staff staff, UUID conversationId, List<ChatTopic> topics) {
        Conversation conversation = lockAssigned(staff, conversationId);
        if (conversation.status == Conversation.Status.ACTIVE) {
            conversations.end(conversation, EndedBy.COUNSELLOR);
        }
        if (conversation.status != Conversation.Status.ENDED || conversation.wrappedUpAt != null) {
            throw new ChatRefusal("ended");
        }
        conversation.tag(topics);
        wrapUp(conversation);
        bus.publish(Signal.queueChanged());
    }

    /** Ends the wrap-up of a conversation whose counsellor never tagged it, with the topics it has. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void wrapUp(Conversation conversation) {
        conversation.wrappedUpAt = clock.instant();
        if (!conversation.practice) {
            long duration = conversation.startedAt == null ? 0
                    : Math.max(0, Duration.between(conversation.startedAt, conversation.endedAt).toSeconds());
            outbox.publish(new ChatConversationEnded(conversation.id, conversation.endedAt, duration,
                    conversation.endedBy, conversation.topics(), conversation.ageBand));
        }
    }

    /** Hands the conversation to another counsellor who is online and has a free place. */
    @Transactional
    public void transfer(Staff staff, UUID conversationId, String to) {
        Conversation conversation = lockAssigned(staff, conversationId);
        if (conversation.status != Conversation.Status.ACTIVE) {
            throw new ChatRefusal("ended");
        }
        if (to == null || to.equals(conversation.counsellor) || !presence.isAvailable(to)) {
            throw new ChatRefusal("not-available");
        }
        if (queue.activeConversationsOf(to) >= queue.placesPerCounsellor()) {
            throw new ChatRefusal("no-free-place");
        }
        String from = conversation.counsellor;
        conversation.counsellor = to;
        bus.publish(Signal.toUser(Signal.Route.RELEASE, conversationId, from, frames.released(conversationId, to)));
        bus.publish(Signal.toUser(Signal.Route.ASSIGN, conversationId, to, frames.assigned(conversation, false)));
    }

    @Transactional
    public void escalate(Staff staff, UUID conversationId) {
        risk.escalate(lockAssigned(staff, conversationId), staff.user());
    }

    /** A supervisor joins: silently to read along, or openly, when the young person is told and they may write. */
    @Transactional
    public Conversation join(Staff staff, UUID conversationId, boolean silent) {
        if (!staff.supervisor()) {
            throw new ChatRefusal("supervisors-only");
        }
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || !conversation.isOpen()) {
            throw new ChatRefusal("ended");
        }
        entityManager.createNativeQuery("""
                INSERT INTO conversation_supervisor (conversation_id, supervisor, silent, joined_at)
                VALUES (?1, ?2, ?3, ?4)
                ON CONFLICT (conversation_id, supervisor) DO UPDATE SET silent = EXCLUDED.silent""")
                .setParameter(1, conversationId).setParameter(2, staff.user()).setParameter(3, silent)
                .setParameter(4, clock.instant()).executeUpdate();
        audit.record(staff.user(), silent ? "JOINED_SILENTLY" : "JOINED_OPENLY", conversationId, null);
        if (!silent) {
            bus.publish(Signal.toConversation(Signal.Route.ALL, conversationId, frames.joined(conversationId)));
        }
        return conversation;
    }

    private Sender writerRole(Staff staff, UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId);
        if (conversation != null && staff.user().equals(conversation.counsellor)) {
            return Sender.COUNSELLOR;
        }
        Boolean silent = supervisorSilence(staff, conversationId);
        if (silent != null && !silent) {
            return Sender.SUPERVISOR;
        }
        throw new ChatRefusal("not-yours");
    }

    private void mustFollow(Staff staff, UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId);
        if (conversation == null || !(staff.user().equals(conversation.counsellor) || joined(staff, conversationId))) {
            throw new ChatRefusal("not-yours");
        }
    }

    private Conversation lockAssigned(Staff staff, UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null
                || !(staff.user().equals(conversation.counsellor) || staff.supervisor() && joined(staff, conversationId))) {
            throw new ChatRefusal("not-yours");
        }
        return conversation;
    }

    private boolean joined(Staff staff, UUID conversationId) {
        return staff.supervisor() && supervisorSilence(staff, conversationId) != null;
    }

    private Boolean supervisorSilence(Staff staff, UUID conversationId) {
        List<?> rows = entityManager.createNativeQuery(
                        "SELECT silent FROM conversation_supervisor WHERE conversation_id = ?1 AND supervisor = ?2")
                .setParameter(1, conversationId).setParameter(2, staff.user()).getResultList();
        return rows.isEmpty() ? null : (Boolean) rows.get(0);
    }
}
