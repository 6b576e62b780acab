package se.socialkontakt.contact.crisis;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A crisis message and who published (and perhaps withdrew) it. */
@Entity
@Table(name = "crisis_message")
public class CrisisMessage extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "text_sv", nullable = false)
    public String textSv;

    @Column(name = "text_en")
    public String textEn;

    @Column(name = "valid_from", nullable = false)
    public Instant validFrom;

    @Column(name = "valid_until", nullable = false)
    public Instant validUntil;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "withdrawn_by")
    public String withdrawnBy;

    @Column(name = "withdrawn_at")
    public Instant withdrawnAt;
}
