package se.socialkontakt.chat.conversation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.outbox.Outbox;

import java.time.Clock;
import java.util.UUID;

@ApplicationScoped
public class ConversationService {
    private final Outbox outbox;
    private final Clock clock;

    ConversationService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Places a new anonymous conversation in the queue and announces it. */
    @Transactional
    public Conversation request(AgeBand ageBand) {
        Conversation conversation = new Conversation();
        conversation.id = UUID.randomUUID();
        conversation.status = Conversation.Status.QUEUED;
        conversation.ageBand = ageBand;
        conversation.requestedAt = clock.instant();
        conversation.persist();
        outbox.publish(new ChatConversationRequested(conversation.id, conversation.requestedAt, ageBand));
        return conversation;
    }
}
