package se.socialkontakt.analytics.goal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A goal of the committee's strategy: a figure per year, from a baseline to a target, up or down, and the role that
 * answers for it. A retired goal is no longer followed but stays, with its history.
 */
@Entity
@Table(name = "goal")
public class Goal extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** A yearly figure's key, e.g. {@code chat.answered}. */
    @Column(nullable = false)
    public String metric;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Direction direction;

    @Column(name = "baseline_year", nullable = false)
    public int baselineYear;

    @Column(name = "baseline_value", nullable = false)
    public BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    /** A role or title, such as "Enhetschef kontaktcenter": a person's name would go stale and names nobody's job. */
    @Column(nullable = false)
    public String responsible;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "retired_at")
    public Instant retiredAt;

    public enum Direction {
        /** More is better: answered chats, a digital share. */
        UP,
        /** Less is better: the strategy wants fewer incoming questions and complaints. */
        DOWN
    }

    public static List<Goal> active() {
        return list("retiredAt is null order by name");
    }
}
