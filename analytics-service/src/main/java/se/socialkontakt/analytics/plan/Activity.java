package se.socialkontakt.analytics.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One activity of a goal's communication plan, on a day or over a period. Cancelled rather than deleted. */
@Entity
@Table(name = "plan_activity")
public class Activity extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(name = "starts_on", nullable = false)
    public LocalDate startsOn;

    /** The period's last day; null for a single day. */
    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Column(nullable = false)
    public String activity;

    @Column(name = "target_group", nullable = false)
    public String targetGroup;

    /** A role or title, as for goals. */
    @Column(nullable = false)
    public String responsible;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public enum Status {
        PLANNED, DONE, CANCELLED
    }

    public LocalDate lastDay() {
        return endsOn == null ? startsOn : endsOn;
    }
}
