package se.socialkontakt.analytics.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One change of a goal: who made it, when, and each field's value before and after. Never changed or removed. */
@Entity
@Table(name = "goal_change")
public class GoalChange extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(name = "goal_id", nullable = false)
    public UUID goalId;

    @Column(nullable = false)
    public Instant at;

    /** The signed-in user's name, or "demo" for the demo's goals. */
    @Column(nullable = false)
    public String actor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Action action;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<Field> fields;

    public enum Action {
        CREATED, CHANGED, RETIRED
    }

    /** A field's value before and after, as text; null before a goal was created. */
    public record Field(String name, String before, String after) {
    }

    public static List<GoalChange> newestFirst() {
        return list("order by at desc, id");
    }
}
