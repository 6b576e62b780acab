package se.socialkontakt.chat.conversation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;

import java.time.Instant;
import java.util.UUID;

/** A chat between an anonymous young person and a counsellor; it starts in the queue. */
@Entity
public class Conversation extends PanacheEntityBase {
    public enum Status {
        QUEUED
    }

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Enumerated(EnumType.STRING)
    @Column(name = "age_band", nullable = false)
    public AgeBand ageBand;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;
}
