package se.socialkontakt.chat.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** One message of a transcript, numbered in the conversation; erased with the transcript. */
@Entity
@Table(name = "chat_message")
public class ChatMessage extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "conversation_id") UUID conversationId, long seq) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    @Column(name = "client_id", nullable = false)
    public UUID clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sender sender;

    /** The staff member's username; empty for the young person and the system. */
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    public static Optional<ChatMessage> byClientId(UUID conversationId, UUID clientId) {
        return find("key.conversationId = ?1 and clientId = ?2", conversationId, clientId).firstResultOptional();
    }

    public static List<ChatMessage> after(UUID conversationId, long seq) {
        return list("key.conversationId = ?1 and key.seq > ?2 order by key.seq", conversationId, seq);
    }
}
