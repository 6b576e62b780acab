package se.socialkontakt.analytics.kpi;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A goal of the committee's strategy: a figure per year, from a baseline to a target. */
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

    @Column(name = "baseline_year", nullable = false)
    public int baselineYear;

    @Column(name = "baseline_value", nullable = false)
    public BigDecimal baselineValue;

    @Column(name = "target_value", nullable = false)
    public BigDecimal targetValue;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
