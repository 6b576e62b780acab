package se.socialkontakt.housing.application;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;

import java.time.Instant;
import java.util.UUID;

/** An application for special housing; it begins as a draft owned by the resident who started it. */
@Entity
public class Application extends PanacheEntityBase {
    public enum Status {
        DRAFT
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_role", nullable = false)
    public ApplicantRole applicantRole;

    /** Personal identity number of the logged-in person who started it (the applicant or a relative). */
    @Column(name = "submitter_identity_number", nullable = false)
    public String submitterIdentityNumber;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
}
