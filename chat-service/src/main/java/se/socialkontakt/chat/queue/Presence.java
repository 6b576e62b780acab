package se.socialkontakt.chat.queue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;

/** A counsellor connected to one chat-service instance, and whether they take conversations. */
@Entity
@Table(name = "counsellor_presence")
public class Presence extends PanacheEntityBase {

    @Embeddable
    public record Key(@Column(name = "instance_id") String instanceId, String username) implements Serializable {
    }

    @EmbeddedId
    public Key key;

    public boolean available;

    @Column(name = "seen_at", nullable = false)
    public Instant seenAt;
}
