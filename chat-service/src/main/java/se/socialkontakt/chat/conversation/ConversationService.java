package se.socialkontakt.chat.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import se.socialkontakt.chat.delivery.ChatBus;
import se.socialkontakt.chat.delivery.Signal;
import se.socialkontakt.chat.retention.RetentionPolicy;
import se.socialkontakt.chat.risk.RiskService;
import se.socialkontakt.events.ChatConversationAbandoned;
import se.socialkontakt.events.ChatConversationEnded.EndedBy;
import se.socialkontakt.events.ChatConversationRated;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.events.ChatTopic;
import se.socialkontakt.outbox.Outbox;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.idempotency.IdempotentCreates;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** A conversation's life as the young person drives it, and the messages everyone writes in it. */
@ApplicationScoped
public class ConversationService {
    /** The young person's conversation and the secret that opens it; the secret is shown once. */
    public record Requested(Conversation conversation, String token) {
    }

    /** A participant's address as a keyed hash of one day. */
    public record Fingerprint(LocalDate day, byte[] hash) {
    }

    private final Outbox outbox;
    private final IdempotentCreates creates;
    private final ChatBus bus;
    private final Frames frames;
    private final RiskService risk;
    private final RetentionPolicy retention;
    private final MessageWriter writer;
    private final Clock clock;

    ConversationService(Outbox outbox, IdempotentCreates creates, ChatBus bus, Frames frames, RiskService risk,
            RetentionPolicy retention, MessageWriter writer, Clock clock) {
        this.outbox = outbox;
        this.creates = creates;
        this.bus = bus;
        this.frames = frames;
        this.risk = risk;
        this.retention = retention;
        this.writer = writer;
        this.clock = clock;
    }

    /** Places a new anonymous conversation in the queue; practice ones are never counted. */
    @Transactional
    public Requested request(AgeBand ageBand, ChatTopic topic, boolean practice, Optional<Fingerprint> fingerprint,
            Optional<String> browserKey) {
        return request(ageBand, topic, practice, fingerprint, browserKey, Optional.empty());
    }

    /**
     * As above, once per key: a request repeated with its key gets the conversation the first one placed, with the
     * same token. Anonymous, so the key alone identifies the request.
     */
    @Transactional
    public Requested request(AgeBand ageBand, ChatTopic topic, boolean practice, Optional<Fingerprint> fingerprint,
            Optional<String> browserKey, Optional<IdempotencyKey> key) {
        Optional<Conversation> placed = creates.firstCreated("conversation", "", key,
                k -> Conversation.find("idempotencyKeyHash", YouthToken.hashOf(k))
                        .firstResultOptional());
        if (placed.isPresent()) {
            return new Requested(placed.get(), YouthToken.derivedFrom(key.orElseThrow()));
        }
        String token = key.map(YouthToken::derivedFrom).orElseGet(YouthToken::create);
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.status = Conversation.Status.QUEUED;
        conversation.ageBand = ageBand;
        conversation.topic = topic;
        conversation.practice = practice;
        conversation.tokenHash = YouthToken.hash(token);
        conversation.idempotencyKeyHash = key.map(YouthToken::hashOf).orElse(null);
        conversation.requestedAt = clock.instant();
        // Until the page connects, the young person counts as away: a request nobody follows up leaves the queue.
        conversation.youthAwaySince = conversation.requestedAt;
        fingerprint.ifPresent(f -> {
            conversation.fingerprintDay = f.day();
            conversation.fingerprint = f.hash();
        });
        browserKey.ifPresent(browser -> conversation.browserKeyHash = YouthToken.hash(browser));
        conversation.persist();
        if (!practice) {
            outbox.publish(new ChatConversationRequested(conversation.id, conversation.requestedAt, ageBand, topic));
        }
        bus.publish(Signal.queueChanged());
        return new Requested(conversation, token);
    }

    /** The young person's page connected with its secret: the conversation, or empty for a wrong secret. */
    @Transactional
    public Optional<Conversation> welcome(UUID conversationId, String token) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || conversation.erasedAt != null
                || !YouthToken.matches(token, conversation.tokenHash)) {
            return Optional.empty();
        }
        conversation.youthAwaySince = null;
        return Optional.of(conversation);
    }

    /**
     * The young person's last connection to this instance closed. The queue holds their place a while, and a
     * conversation under way waits a while for them to come back (see ConversationSweeper).
     */
    @Transactional
    public void youthAway(UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation != null && conversation.isOpen() && conversation.youthAwaySince == null) {
            conversation.youthAwaySince = clock.instant();
        }
    }

    /**
     * The young people connected to this instance are not away, whatever another instance saw: a page that
     * reconnected through the balancer to another instance leaves a "gone" behind on the first.
     */
    @Transactional
    public void youthPresent(Set<UUID> conversationIds) {
        if (!conversationIds.isEmpty()) {
            Conversation.update("youthAwaySince = null where id in ?1 and youthAwaySince is not null",
                    conversationIds);
        }
    }

    /** Messages after {@code seq}, for a page or console that reconnects. */
    @Transactional
    public List<ChatMessage> messagesAfter(UUID conversationId, long seq) {
        return ChatMessage.after(conversationId, seq);
    }

    /**
     * Stores a message and relays it to everyone in the conversation once stored; returns its number in the
     * conversation. A message whose client id was stored before (a resend after a network drop) is not stored again:
     * its number is returned again, and it is relayed again. Never inside a transaction: the message is written in a
     * batch of its own (see MessageWriter), and this waits for it.
     */
    @Transactional(Transactional.TxType.NEVER)
    public long post(UUID conversationId, Sender sender, String author, UUID clientId, String text) {
        return writer.write(new MessageBatch.Message(conversationId, sender, author, clientId, text,
                sender == Sender.YOUTH ? risk.levelOf(text) : Conversation.RiskLevel.NONE));
    }

    /** The young person leaves: out of the queue, or out of the conversation. */
    @Transactional
    public void leave(UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null) {
            return;
        }
        switch (conversation.status) {
            case QUEUED -> abandon(conversation, EndedBy.YOUTH);
            case ACTIVE -> end(conversation, EndedBy.YOUTH);
            default -> {
                // Already over: leaving twice is harmless.
            }
        }
    }

    /** Takes a conversation out of the queue before anyone answered it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void abandon(Conversation conversation, EndedBy by) {
        Instant now = finish(conversation, Conversation.Status.ABANDONED, by);
        if (!conversation.practice) {
            outbox.publish(new ChatConversationAbandoned(conversation.id, now, conversation.secondsWaited(now)));
        }
        bus.publish(Signal.toConversation(Signal.Route.YOUTH, conversation.id, frames.ended(conversation.id, by)));
        bus.publish(Signal.queueChanged());
    }

    /** Ends a conversation under way; the counsellor tags its topics after (see the counselling service). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void end(Conversation conversation, EndedBy by) {
        finish(conversation, Conversation.Status.ENDED, by);
        bus.publish(Signal.toConversation(Signal.Route.ALL, conversation.id, frames.ended(conversation.id, by)));
    }

    /** Marks the conversation over now, which also sets when its transcript is erased. */
    private Instant finish(Conversation conversation, Conversation.Status status, EndedBy by) {
        Instant now = clock.instant();
        conversation.status = status;
        conversation.endedAt = now;
        conversation.endedBy = by;
        conversation.eraseAt = retention.eraseAt(now);
        return now;
    }

    /** "Did this help?": once, after a conversation that took place. */
    @Transactional
    public boolean rate(UUID conversationId, boolean helped) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || conversation.status != Conversation.Status.ENDED || conversation.helped != null) {
            return false;
        }
        conversation.helped = helped;
        if (!conversation.practice) {
            outbox.publish(new ChatConversationRated(conversationId, clock.instant(), helped));
        }
        return true;
    }
}
