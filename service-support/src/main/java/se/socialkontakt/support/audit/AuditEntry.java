package se.socialkontakt.support.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One staff read of personal data, or an act on it: who, what, about which case, conversation or list, when. Kept
 * after what it is about is erased. Each service that audits creates the table {@code audit_entry} (id, at, actor,
 * action, subject, detail) in its own migrations.
 */
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

    /** A case or conversation id, or a list's name: never a personal identity number or a name. */
    @Column(nullable = false)
    public String subject;

    public String detail;

    public static List<AuditEntry> about(String subject) {
        return list("subject = ?1 order by at", subject);
    }
}
