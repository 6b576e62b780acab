package se.socialkontakt.contact.contactcase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An answer given to the resident, or an internal note, on a case. */
@Entity
@Table(name = "case_entry")
public class CaseEntry extends PanacheEntityBase {
    public enum Kind {
        ANSWER, NOTE
    }

    @Id
    public UUID id;

    @Column(name = "case_id", nullable = false)
    public UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "written_at", nullable = false)
    public Instant writtenAt;

    /** When an answer reached the resident; null while it waits to be sent, and for notes. */
    @Column(name = "delivered_at")
    public Instant deliveredAt;

    public static List<CaseEntry> of(UUID caseId) {
        return list("caseId = ?1 order by writtenAt", caseId);
    }
}
