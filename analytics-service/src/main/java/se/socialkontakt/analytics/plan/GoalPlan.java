package se.socialkontakt.analytics.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A goal's communication plan: its purpose, target groups, messages and channels, in the communicators' words. */
@Entity
@Table(name = "goal_plan")
public class GoalPlan extends PanacheEntityBase {
    @Id
    @Column(name = "goal_id")
    public UUID goalId;

    @Column(nullable = false)
    public String purpose;

    @Column(name = "target_groups", nullable = false)
    public String targetGroups;

    @Column(nullable = false)
    public String messages;

    @Column(nullable = false)
    public String channels;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;
}
