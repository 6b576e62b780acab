package se.socialkontakt.chat.risk;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import se.socialkontakt.chat.conversation.Conversation.RiskLevel;

/** A word, phrase or emoji that flags a message at a level. */
@Entity
@Table(name = "risk_term")
public class RiskTerm extends PanacheEntityBase {
    @Id
    public String term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RiskLevel level;
}
