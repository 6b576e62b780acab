package se.socialkontakt.housing.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingDecisionMade.Outcome;

import java.time.Instant;
import java.util.UUID;

/** An application for special housing, from the resident's draft to moving in, with its decision and appeal. */
@Entity
public class Application extends PanacheEntityBase {
    public enum AppealOutcome {
        UPHELD, CHANGED, WITHDRAWN
    }

    @Id
    public UUID id;

    /** What the applicant quotes, e.g. SB-2026-000042; given at submission. */
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public HousingApplicationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel = Channel.DIGITAL;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_role", nullable = false)
    public ApplicantRole applicantRole;

    /** The personal identity number of who applies: the person, or the relative or representative logged in. */
    @Column(name = "owner_identity_number", nullable = false)
    public String ownerIdentityNumber;

    /** The personal identity number of the person who would move; known from step 1. */
    @Column(name = "subject_identity_number")
    public String subjectIdentityNumber;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public ApplicationForm answers = ApplicationForm.EMPTY;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** The key of the request that started it, if it had one: a retry of that request finds this draft. */
    @Column(name = "idempotency_key")
    public UUID idempotencyKey;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    public String assessor;

    @Column(name = "registered_at")
    public Instant registeredAt;

    @Column(name = "case_system_id")
    public String caseSystemId;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_outcome")
    public Outcome decisionOutcome;

    @Column(name = "decision_text")
    public String decisionText;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "offer_made_at")
    public Instant offerMadeAt;

    @Column(name = "moved_in_at")
    public Instant movedInAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "appealed_at")
    public Instant appealedAt;

    @Column(name = "appeal_text")
    public String appealText;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_outcome")
    public AppealOutcome appealOutcome;

    @Column(name = "appeal_decided_at")
    public Instant appealDecidedAt;

    public boolean isDraft() {
        return status == HousingApplicationStatus.DRAFT;
    }

    /** Who may change it as a resident: only who applied (the person it is for may read it, not write it). */
    public boolean appliedBy(String identityNumber) {
        return identityNumber.equals(ownerIdentityNumber);
    }

    /** Who may see it as a resident: who applied, and the person it is for. */
    public boolean belongsTo(String identityNumber) {
        return identityNumber.equals(ownerIdentityNumber) || identityNumber.equals(subjectIdentityNumber);
    }
}
