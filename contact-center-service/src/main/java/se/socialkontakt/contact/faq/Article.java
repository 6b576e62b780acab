package se.socialkontakt.contact.faq;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A knowledge-base article: a public FAQ answer, or an internal one for staff. */
@Entity
@Table(name = "faq_article")
public class Article extends PanacheEntityBase {
    public enum Audience {
        PUBLIC, INTERNAL
    }

    public enum Status {
        DRAFT, PUBLISHED
    }

    @Id
    public UUID id;

    @Column(nullable = false)
    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Audience audience;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "title_sv", nullable = false)
    public String titleSv;

    @Column(name = "body_sv", nullable = false)
    public String bodySv;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "body_en")
    public String bodyEn;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    public long views;

    @Column(name = "helpful_yes")
    public long helpfulYes;

    @Column(name = "helpful_no")
    public long helpfulNo;

    public boolean isPublic() {
        return audience == Audience.PUBLIC && status == Status.PUBLISHED;
    }
}
