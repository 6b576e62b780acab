package se.socialkontakt.chat.conversation;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.chat.abuse.Fingerprints;
import se.socialkontakt.chat.delivery.ChatConnections;
import se.socialkontakt.events.ChatConversationEnded.EndedBy;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Tidies what people leave behind: a young person gone from the queue longer than the grace time has abandoned it;
 * a conversation whose young person has been gone longer than {@code youth-gone-after} ends, so that it holds no
 * counsellor's place; a conversation its counsellor never tagged is wrapped up without topics; old fingerprints are
 * forgotten.
 */
@ApplicationScoped
public class ConversationSweeper {
    private final ConversationService conversations;
    private final CounsellingService counselling;
    private final Fingerprints fingerprints;
    private final ChatConnections connections;
    private final Clock clock;
    private final Duration awayGrace;
    private final Duration youthGoneAfter;
    private final Duration wrapUpTime;

    ConversationSweeper(ConversationService conversations, CounsellingService counselling, Fingerprints fingerprints,
            ChatConnections connections, Clock clock,
            @ConfigProperty(name = "socialkontakt.chat.queue.away-grace") Duration awayGrace,
            @ConfigProperty(name = "socialkontakt.chat.conversation.youth-gone-after") Duration youthGoneAfter,
            @ConfigProperty(name = "socialkontakt.chat.counsellor.wrap-up-time") Duration wrapUpTime) {
        this.conversations = conversations;
        this.counselling = counselling;
        this.fingerprints = fingerprints;
        this.connections = connections;
        this.clock = clock;
        this.awayGrace = awayGrace;
        this.youthGoneAfter = youthGoneAfter;
        this.wrapUpTime = wrapUpTime;
    }

    @Scheduled(every = "${socialkontakt.chat.sweep-every}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void sweep() {
        conversations.youthPresent(connections.conversationsWithYouth());
        Instant now = clock.instant();
        List<UUID> gone = Conversation.<Conversation>find("status = ?1 and youthAwaySince < ?2",
                Conversation.Status.QUEUED, now.minus(awayGrace)).stream().map(c -> c.id).toList();
        gone.forEach(this::abandon);
        List<UUID> left = Conversation.<Conversation>find("status = ?1 and youthAwaySince < ?2",
                Conversation.Status.ACTIVE, now.minus(youthGoneAfter)).stream().map(c -> c.id).toList();
        left.forEach(this::endWithoutYouth);
        List<UUID> untagged = Conversation.<Conversation>find("status = ?1 and wrappedUpAt is null and endedAt < ?2",
                Conversation.Status.ENDED, now.minus(wrapUpTime)).stream().map(c -> c.id).toList();
        untagged.forEach(this::wrapUp);
        fingerprints.forgetOld();
    }

    @Transactional
    void abandon(UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.status == Conversation.Status.QUEUED && conversation.youthAwaySince != null) {
            conversations.abandon(conversation, EndedBy.SYSTEM);
        }
    }

    @Transactional
    void endWithoutYouth(UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.status == Conversation.Status.ACTIVE && conversation.youthAwaySince != null) {
            conversations.end(conversation, EndedBy.SYSTEM);
        }
    }

    @Transactional
    void wrapUp(UUID conversationId) {
        Conversation conversation = Conversation.findById(conversationId, LockModeType.PESSIMISTIC_WRITE);
        if (conversation.status == Conversation.Status.ENDED && conversation.wrappedUpAt == null) {
            counselling.wrapUp(conversation);
        }
    }
}
