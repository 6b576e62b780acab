package se.socialkontakt.housing.application;

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

/** A message between the applicant and the assessor; requests for information, supplements and appeals too. */
@Entity
@Table(name = "application_message")
public class ApplicationMessage extends PanacheEntityBase {
    public enum Sender {
        APPLICANT, ASSESSOR
    }

    public enum Kind {
        MESSAGE, INFORMATION_REQUEST, SUPPLEMENT, APPEAL
    }

    @Id
    public UUID id;

    @Column(name = "application_id", nullable = false)
    public UUID applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sender sender;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(nullable = false)
    public String author;

    @Column(nullable = false)
    public String body;

    @Column(name = "sent_at", nullable = false)
    public Instant sentAt;

    public static List<ApplicationMessage> of(UUID applicationId) {
        return list("applicationId = ?1 order by sentAt", applicationId);
    }
}
