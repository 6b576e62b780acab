package se.socialkontakt.contact.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.events.FeedbackReceived.Kind;
import se.socialkontakt.support.idempotency.IdempotentRequest;

import java.time.Instant;
import java.util.UUID;

/** A complaint, suggestion or praise about a unit, and how the unit kept its promise. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Kind kind;

    @Column(name = "unit_code", nullable = false)
    public String unit;

    @Column(nullable = false)
    public String body;

    public boolean anonymous;

    @Column(name = "sender_name")
    public String senderName;

    @Column(name = "contact_details")
    public String contactDetails;

    /** The e-ID-proven number of the resident who sent it signed in (never for anonymous feedback). */
    public String resident;

    /** Where the answer is e-mailed, when the contact details are an e-mail address. */
    @Column(name = "reply_email")
    public String replyEmail;

    @Column(name = "received_at", nullable = false)
    public Instant receivedAt;

    @Column(name = "acknowledge_due", nullable = false)
    public Instant acknowledgeDue;

    /** The request that created it, when it carried an Idempotency-Key: a retry of it finds this row. */
    @Embedded
    public IdempotentRequest idempotency;

    @Column(name = "answer_due", nullable = false)
    public Instant answerDue;

    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    /** When the answer reached the resident: the promise's clock. */
    @Column(name = "answered_at")
    public Instant answeredAt;

    /** When the answer was saved; it may wait to be sent after that. */
    @Column(name = "answer_written_at")
    public Instant answerWrittenAt;

    @Column(name = "answered_by")
    public String answeredBy;

    public String answer;

    public ReplyRoute replyRoute() {
        return ReplyRoute.of(anonymous, resident, replyEmail);
    }
}
