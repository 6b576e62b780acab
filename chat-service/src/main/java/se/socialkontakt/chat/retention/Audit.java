package se.socialkontakt.chat.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Writes the audit log, in the transaction of the act it records: no act without its entry. */
@ApplicationScoped
public class Audit {
    private final Clock clock;

    Audit(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, UUID conversationId, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.conversationId = conversationId;
        entry.detail = detail;
        entry.persist();
    }
}
