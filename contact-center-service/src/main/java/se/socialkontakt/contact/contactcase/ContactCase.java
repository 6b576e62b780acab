package se.socialkontakt.contact.contactcase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.events.ContactCaseOpened.Channel;
import se.socialkontakt.support.idempotency.IdempotentRequest;

import java.time.Instant;
import java.util.UUID;

/** One contact from a resident, through any channel, from registration to resolution. */
@Entity
@Table(name = "contact_case")
public class ContactCase extends PanacheEntityBase {
    public enum Status {
        /** With the contact center. */
        OPEN,
        /** In a unit's list. */
        ROUTED,
        /** Answered and done. */
        RESOLVED,
        /** A duplicate, merged into another case. */
        MERGED
    }

    @Id
    public UUID id;

    /** What the resident is told to quote, e.g. KC-2026-000123. */
    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Column(nullable = false)
    public String category;

    @Column(name = "target_group", nullable = false)
    public String targetGroup;

    @Column(nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    /** Only when the resident chose to be identified; twelve digits. */
    @Column(name = "person_number")
    public String personNumber;

    /** How the resident wants the answer (phone number or e-mail), when the channel needs one. */
    @Column(name = "contact_details")
    public String contactDetails;

    /** The e-ID-proven number of the resident who sent the form signed in: whose "Mina kontakter" shows the case. */
    public String resident;

    /** Where answers are e-mailed, when the resident gave an e-mail address. */
    @Column(name = "reply_email")
    public String replyEmail;

    /** The staff member's user name (pseudonymous in events, named here for accountability). */
    @Column(name = "opened_by", nullable = false)
    public String openedBy;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    @Column(name = "unit_code")
    public String unit;

    @Column(name = "routed_at")
    public Instant routedAt;

    @Column(name = "first_response_at")
    public Instant firstResponseAt;

    @Column(name = "first_response_due", nullable = false)
    public Instant firstResponseDue;

    @Column(name = "resolution_due", nullable = false)
    public Instant resolutionDue;

    /** The request that created it, when it carried an Idempotency-Key: a retry of it finds this row. */
    @Embedded
    public IdempotentRequest idempotency;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    public String resolution;

    @Column(name = "resolved_at_first_contact")
    public Boolean resolvedAtFirstContact;

    @Column(name = "first_response_breached", nullable = false)
    public boolean firstResponseBreached;

    @Column(name = "resolution_breached", nullable = false)
    public boolean resolutionBreached;

    @Column(name = "escalated_at")
    public Instant escalatedAt;

    @Column(name = "merged_into")
    public UUID mergedInto;

    public ReplyRoute replyRoute() {
        return ReplyRoute.of(false, resident, replyEmail);
    }

    public boolean isOpen() {
        return status == Status.OPEN || status == Status.ROUTED;
    }
}
