package se.socialkontakt.contact.sla;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import se.socialkontakt.contact.contactcase.CaseService;
import se.socialkontakt.contact.contactcase.ContactCase;
import se.socialkontakt.contact.routing.Routing;
import se.socialkontakt.events.ContactCaseSlaBreached;
import se.socialkontakt.outbox.Outbox;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Notices broken promises. A missed first response is recorded and reported; a missed resolution also escalates
 * the case: it goes to the head of its unit's list (a case still with the contact center is routed there first,
 * by its category's rule).
 */
@ApplicationScoped
public class SlaWatch {
    private final CaseService cases;
    private final Routing routing;
    private final Outbox outbox;
    private final Clock clock;

    SlaWatch(CaseService cases, Routing routing, Outbox outbox, Clock clock) {
        this.cases = cases;
        this.routing = routing;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Scheduled(every = "${socialkontakt.contact.sla.check-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void check() {
        checkNow();
    }

    /** Records every breach due by now; returns how many it found. */
    public int checkNow() {
        Instant now = clock.instant();
        List<UUID> lateAnswers = QuarkusTransaction.requiringNew().call(() -> ContactCase.<ContactCase>find(
                "status in ?1 and firstResponseAt is null and firstResponseBreached = false and firstResponseDue < ?2",
                List.of(ContactCase.Status.OPEN, ContactCase.Status.ROUTED), now).stream().map(c -> c.id).toList());
        List<UUID> lateResolutions = QuarkusTransaction.requiringNew().call(() -> ContactCase.<ContactCase>find(
                "status in ?1 and resolutionBreached = false and resolutionDue < ?2",
                List.of(ContactCase.Status.OPEN, ContactCase.Status.ROUTED), now).stream().map(c -> c.id).toList());
        lateAnswers.forEach(id -> QuarkusTransaction.requiringNew().run(() -> firstResponseBreached(id, now)));
        lateResolutions.forEach(id -> QuarkusTransaction.requiringNew().run(() -> resolutionBreached(id, now)));
        return lateAnswers.size() + lateResolutions.size();
    }

    private void firstResponseBreached(UUID caseId, Instant now) {
        ContactCase contactCase = ContactCase.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (contactCase.isOpen() && contactCase.firstResponseAt == null && !contactCase.firstResponseBreached) {
            contactCase.firstResponseBreached = true;
            outbox.publish(new ContactCaseSlaBreached(caseId, now, ContactCaseSlaBreached.Clock.FIRST_RESPONSE,
                    contactCase.unit));
        }
    }

    private void resolutionBreached(UUID caseId, Instant now) {
        ContactCase contactCase = ContactCase.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (!contactCase.isOpen() || contactCase.resolutionBreached) {
            return;
        }
        contactCase.resolutionBreached = true;
        contactCase.escalatedAt = now;
        if (contactCase.status == ContactCase.Status.OPEN) {
            routing.unitFor(contactCase.category).ifPresent(unit -> cases.routeTo(contactCase, unit));
        }
        outbox.publish(new ContactCaseSlaBreached(caseId, now, ContactCaseSlaBreached.Clock.RESOLUTION,
                contactCase.unit));
    }
}
