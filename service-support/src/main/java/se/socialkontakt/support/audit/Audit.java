package se.socialkontakt.support.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Writes the audit log in the transaction of the read or act it records: none without its entry. */
@ApplicationScoped
public class Audit {
    private final Clock clock;

    Audit(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, UUID subject, String detail) {
        record(actor, action, subject.toString(), detail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.id = UUID.randomUUID();
        entry.at = clock.instant();
        entry.actor = actor;
        entry.action = action;
        entry.subject = subject;
        entry.detail = detail;
        entry.persist();
    }
}
