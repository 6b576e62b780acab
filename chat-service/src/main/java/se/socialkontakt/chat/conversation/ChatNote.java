package se.socialkontakt.chat.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An internal note on a conversation: staff only, erased with the transcript. */
@Entity
@Table(name = "chat_note")
public class ChatNote extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    public static List<ChatNote> of(UUID conversationId) {
        return list("conversationId = ?1 order by writtenAt", conversationId);
    }
}
