package se.socialkontakt.chat.retention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Who did what to a conversation's transcript or participant, and when. Kept after the transcript is erased. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public Instant at;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(name = "conversation_id", nullable = false)
    public UUID conversationId;

    public String detail;

    public static List<AuditEntry> of(UUID conversationId) {
        return list("conversationId = ?1 order by at", conversationId);
    }
}
