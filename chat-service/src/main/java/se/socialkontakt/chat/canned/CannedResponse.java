package se.socialkontakt.chat.canned;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A ready phrase from the chat guidelines that a counsellor inserts and adapts. */
@Entity
@Table(name = "canned_response")
public class CannedResponse extends PanacheEntityBase {
    public enum Category {
        GREETING, ENDING, REFERRAL, OTHER
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public int position;
}
