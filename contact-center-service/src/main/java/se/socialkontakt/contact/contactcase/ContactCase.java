package se.socialkontakt.contact.contactcase;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.socialkontakt.events.ContactCaseLogged.Category;
import se.socialkontakt.events.ContactCaseLogged.Channel;

import java.time.Instant;
import java.util.UUID;

/** One contact from a resident, through any channel, as the agent logged it. */
@Entity
@Table(name = "contact_case")
public class ContactCase extends PanacheEntityBase {
    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Category category;

    @Column(nullable = false)
    public String summary;

    /** The agent's user name in the realm (staff are pseudonymous in events, named here for accountability). */
    @Column(name = "logged_by", nullable = false)
    public String loggedBy;

    @Column(name = "logged_at", nullable = false)
    public Instant loggedAt;
}
