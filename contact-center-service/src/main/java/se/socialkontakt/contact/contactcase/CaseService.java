package se.socialkontakt.contact.contactcase;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.contact.delivery.AnswerMails;
import se.socialkontakt.contact.delivery.AnswerTo;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.contact.routing.Routing;
import se.socialkontakt.contact.sla.SlaPolicy;
import se.socialkontakt.events.ContactCaseFirstResponse;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.ContactCaseOpened.Channel;
import se.socialkontakt.events.ContactCaseResolved;
import se.socialkontakt.events.ContactCaseRouted;
import se.socialkontakt.outbox.Outbox;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.idempotency.IdempotentCreates;
import se.socialkontakt.support.idempotency.IdempotentRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A contact's way through the front door: registered, answered, resolved at once or routed, merged. */
@ApplicationScoped
public class CaseService {
    /**
     * What is registered about a new contact; the person number only when the resident chose to be identified, the
     * resident's own number when they sent the form signed in with e-ID, and the address answers are e-mailed to
     * when they gave one.
     */
    public record NewContact(Channel channel, String category, String targetGroup, String summary,
            Optional<String> personNumber, Optional<String> contactDetails, Optional<String> resident,
            Optional<String> replyEmail) {
    }

    private final Outbox outbox;
    private final IdempotentCreates creates;
    private final Routing routing;
    private final SlaPolicy sla;
    private final Audit audit;
    private final AnswerMails mails;
    private final EntityManager entityManager;
    private final Clock clock;

    CaseService(Outbox outbox, IdempotentCreates creates, Routing routing, SlaPolicy sla, Audit audit,
            AnswerMails mails, EntityManager entityManager, Clock clock) {
        this.outbox = outbox;
        this.creates = creates;
        this.routing = routing;
        this.sla = sla;
        this.audit = audit;
        this.mails = mails;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Opens a case once per key: a request repeated with its key gets the case the first one opened. The caller is
     * the signed-in resident, or else who opened it (the agent, or the form for nobody).
     */
    @Transactional
    public ContactCase open(NewContact contact, String openedBy, Optional<IdempotencyKey> key) {
        String caller = contact.resident().orElse(openedBy);
        Optional<ContactCase> opened = creates.firstCreated(ContactCase.class, caller, key);
        if (opened.isPresent()) {
            return opened.get();
        }
        if (!routing.isActiveCategory(contact.category())) {
            throw badRequest("Unknown category", "category", contact.category());
        }
        if (!routing.isActiveTargetGroup(contact.targetGroup())) {
            throw badRequest("Unknown target group", "targetGroup", contact.targetGroup());
        }
        Instant now = clock.instant();
        ContactCase contactCase = new ContactCase();
        contactCase.id = UUID.randomUUID();
        contactCase.reference = nextReference(now);
        contactCase.channel = contact.channel();
        contactCase.category = contact.category();
        contactCase.targetGroup = contact.targetGroup();
        contactCase.summary = contact.summary();
        contactCase.resident = contact.resident().orElse(null);
        // A signed-in resident is identified: their earlier contacts are theirs.
        contactCase.personNumber = contact.personNumber().or(contact::resident).orElse(null);
        contactCase.replyEmail = contact.replyEmail().orElse(null);
        contactCase.contactDetails = contact.contactDetails().orElse(null);
        contactCase.status = ContactCase.Status.OPEN;
        contactCase.openedBy = openedBy;
        contactCase.openedAt = now;
        contactCase.firstResponseDue = sla.firstResponseDue(now);
        contactCase.resolutionDue = sla.resolutionDue(now);
        contactCase.idempotency = IdempotentRequest.of(caller, key);
        contactCase.persist();
        outbox.publish(new ContactCaseOpened(contactCase.id, now, contact.channel(), contact.category(),
                contact.targetGroup()));
        if (sla.answeredAtOnce(contact.channel())) {
            firstResponse(contactCase, now);
        }
        return contactCase;
    }

    /**
     * An answer to the resident, sent their way ({@link #deliver}); the first one to reach them stops the
     * first-response clock.
     */
    @Transactional
    public CaseEntry answer(UUID caseId, String author, String text) {
        ContactCase contactCase = lockOpen(caseId);
        CaseEntry entry = entry(caseId, CaseEntry.Kind.ANSWER, author, text);
        deliver(contactCase, entry);
        return entry;
    }

    @Transactional
    public CaseEntry note(UUID caseId, String author, String text) {
        lockOpen(caseId);
        return entry(caseId, CaseEntry.Kind.NOTE, author, text);
    }

    /**
     * Resolves the case with the answer given. Resolved at first contact when it never left the contact center:
     * the strategy's measure of a front door that handles most contacts itself.
     */
    @Transactional
    public ContactCase resolve(UUID caseId, String resolvedBy, String resolution) {
        ContactCase contactCase = lockOpen(caseId);
        Instant now = clock.instant();
        deliver(contactCase, entry(caseId, CaseEntry.Kind.ANSWER, resolvedBy, resolution));
        contactCase.status = ContactCase.Status.RESOLVED;
        contactCase.resolvedAt = now;
        contactCase.resolvedBy = resolvedBy;
        contactCase.resolution = resolution;
        contactCase.resolvedAtFirstContact = contactCase.routedAt == null;
        outbox.publish(new ContactCaseResolved(caseId, now, contactCase.resolvedAtFirstContact,
                sla.workingMinutes(contactCase.openedAt, now), contactCase.unit));
        return contactCase;
    }

    /** Sends the case to a unit's list: the one named, or the one the category's routing rule names. */
    @Transactional
    public ContactCase route(UUID caseId, Optional<String> unit) {
        ContactCase contactCase = lockOpen(caseId);
        String target = unit.or(() -> routing.unitFor(contactCase.category))
                .orElseThrow(() -> badRequest("No unit", "category", contactCase.category));
        if (!routing.isActiveUnit(target)) {
            throw badRequest("Unknown unit", "unit", target);
        }
        if (contactCase.status == ContactCase.Status.ROUTED && target.equals(contactCase.unit)) {
            // Already there: a retried routing answers the case as it is and announces nothing twice.
            return contactCase;
        }
        routeTo(contactCase, target);
        return contactCase;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void routeTo(ContactCase contactCase, String unit) {
        Instant now = clock.instant();
        contactCase.status = ContactCase.Status.ROUTED;
        contactCase.unit = unit;
        contactCase.routedAt = now;
        outbox.publish(new ContactCaseRouted(contactCase.id, now, unit));
    }

    /**
     * Merges a duplicate into the case it repeats: its answers and notes move over, it stops counting as open. The
     * duplicate's opened event stays (it was a contact), but it is never resolved on its own.
     */
    @Transactional
    public ContactCase merge(UUID duplicateId, UUID intoId, String by) {
        if (duplicateId.equals(intoId)) {
            throw badRequest("A case cannot be merged into itself", "into", intoId.toString());
        }
        ContactCase duplicate = lockOpen(duplicateId);
        ContactCase kept = lockOpen(intoId);
        entityManager.createNativeQuery("UPDATE case_entry SET case_id = ?1 WHERE case_id = ?2")
                .setParameter(1, kept.id).setParameter(2, duplicate.id).executeUpdate();
        entry(kept.id, CaseEntry.Kind.NOTE, by, "Sammanslaget ärende " + duplicate.reference + ": " + duplicate.summary);
        duplicate.status = ContactCase.Status.MERGED;
        duplicate.mergedInto = kept.id;
        if (kept.personNumber == null) {
            kept.personNumber = duplicate.personNumber;
        }
        return kept;
    }

    /** One case for a member of staff; the read is audited, since the case holds what the resident said. */
    @Transactional
    public ContactCase read(UUID caseId, String reader) {
        ContactCase contactCase = ContactCase.findById(caseId);
        if (contactCase == null) {
            throw notFound();
        }
        audit.record(reader, "READ_CASE", caseId.toString(), null);
        return contactCase;
    }

    /**
     * The identified person's other contacts, newest first. Only for a case whose resident chose to be identified,
     * and every look-up is audited against the person (whose number the agent may only have been told), so that
     * the person's log shows who looked at their contacts, through which case.
     */
    @Transactional
    public List<ContactCase> earlierContacts(UUID caseId, String reader) {
        ContactCase contactCase = ContactCase.findById(caseId);
        if (contactCase == null) {
            throw notFound();
        }
        if (contactCase.personNumber == null) {
            return List.of();
        }
        audit.record(reader, "READ_PERSON_HISTORY", contactCase.personNumber, "through case " + caseId);
        return ContactCase.list("personNumber = ?1 and id <> ?2", Sort.descending("openedAt"),
                contactCase.personNumber, caseId);
    }

    public List<ContactCase> latest(int count) {
        return ContactCase.<ContactCase>findAll(Sort.descending("openedAt")).page(0, count).list();
    }

    /**
     * Sends an answer the resident's way: published on their "Mina kontakter" at once, e-mailed once the mail server
     * takes it, or (neither) told on the phone by the member of staff, who records here what they said.
     */
    private void deliver(ContactCase contactCase, CaseEntry answer) {
        ReplyRoute route = contactCase.replyRoute();
        if (route.mailed()) {
            mails.queue(AnswerTo.CASE_ENTRY, answer.id, contactCase.replyEmail, contactCase.reference, answer.body);
        }
        if (route.deliveredWhenSaved()) {
            delivered(contactCase, answer, answer.writtenAt);
        }
    }

    void mailed(@Observes AnswerMails.Sent mail) {
        if (mail.answerTo() != AnswerTo.CASE_ENTRY) {
            return;
        }
        CaseEntry answer = CaseEntry.findById(mail.answerId(), LockModeType.PESSIMISTIC_WRITE);
        if (answer.deliveredAt == null) {
            delivered(ContactCase.findById(answer.caseId, LockModeType.PESSIMISTIC_WRITE), answer, mail.at());
        }
    }

    private void delivered(ContactCase contactCase, CaseEntry answer, Instant at) {
        answer.deliveredAt = at;
        if (contactCase.firstResponseAt == null) {
            firstResponse(contactCase, at);
        }
    }

    private void firstResponse(ContactCase contactCase, Instant at) {
        contactCase.firstResponseAt = at;
        outbox.publish(new ContactCaseFirstResponse(contactCase.id, at, sla.workingMinutes(contactCase.openedAt, at)));
    }

    private CaseEntry entry(UUID caseId, CaseEntry.Kind kind, String author, String text) {
        CaseEntry entry = new CaseEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.kind = kind;
        entry.author = author;
        entry.body = text;
        entry.writtenAt = clock.instant();
        entry.persist();
        return entry;
    }

    private ContactCase lockOpen(UUID caseId) {
        ContactCase contactCase = ContactCase.findById(caseId, LockModeType.PESSIMISTIC_WRITE);
        if (contactCase == null) {
            throw notFound();
        }
        if (!contactCase.isOpen()) {
            throw HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Case closed")
                    .withDetail("The case is " + contactCase.status.name().toLowerCase() + " and cannot change")
                    .with("caseStatus", contactCase.status.name()).build();
        }
        return contactCase;
    }

    private String nextReference(Instant now) {
        long number = ((Number) entityManager.createNativeQuery("SELECT nextval('case_number')").getSingleResult())
                .longValue();
        return "KC-%d-%06d".formatted(Year.from(now.atZone(sla.zone())).getValue(), number);
    }

    static HttpProblem notFound() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such case")
                .withDetail("There is no case with this id").build();
    }

    private static HttpProblem badRequest(String title, String field, String value) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle(title)
                .withDetail(title + ": " + value).with("field", field).build();
    }
}
