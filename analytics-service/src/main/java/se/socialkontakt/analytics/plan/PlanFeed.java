package se.socialkontakt.analytics.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A member of staff's secret calendar feed address, kept only as the hash of its token. */
@Entity
@Table(name = "plan_feed")
public class PlanFeed extends PanacheEntityBase {
    @Id
    public UUID id;

    @Column(nullable = false)
    public String owner;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;
}
