package se.socialkontakt.contact.delivery;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An e-mail carrying an answer to a resident, kept until the mail server has taken it. */
@Entity
@Table(name = "answer_mail")
public class AnswerMail extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_to", nullable = false)
    public AnswerTo answerTo;

    /** The case entry or feedback whose answer this is. */
    @Column(name = "answer_id", nullable = false)
    public UUID answerId;

    @Column(nullable = false)
    public String recipient;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String body;

    @Column(name = "queued_at", nullable = false)
    public Instant queuedAt;

    public int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "sent_at")
    public Instant sentAt;
}
