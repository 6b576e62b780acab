package se.socialkontakt.housing.application;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.events.HousingAppealReceived;
import se.socialkontakt.events.HousingApplicationStarted;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingApplicationStatusChanged;
import se.socialkontakt.events.HousingApplicationSubmitted;
import se.socialkontakt.events.HousingDecisionMade;
import se.socialkontakt.events.HousingSupplementReceived;
import se.socialkontakt.events.HousingSupplementRequested;
import se.socialkontakt.outbox.Outbox;
import se.socialkontakt.support.calendar.WorkingTime;
import se.socialkontakt.support.identity.PersonalIdentityNumber;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.idempotency.IdempotentCreates;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** An application's whole life: the resident's draft and submission, the assessor's handling, decision and appeal. */
@ApplicationScoped
public class ApplicationService {
    private final Outbox outbox;
    private final IdempotentCreates creates;
    private final WorkingTime workingTime;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone;

    /** Public for the demo, which lives through a year of applications with this service on a clock of its own. */
    public ApplicationService(Outbox outbox, IdempotentCreates creates, WorkingTime workingTime,
            EntityManager entityManager, Clock clock, @ConfigProperty(name = "socialkontakt.housing.zone") ZoneId zone) {
        this.outbox = outbox;
        this.creates = creates;
        this.workingTime = workingTime;
        this.entityManager = entityManager;
        this.clock = clock;
        this.zone = zone;
    }

    /** Starts a draft, through the e-service or (for an assessor registering paper) on paper, and announces it. */
    @Transactional
    public Application start(String ownerIdentityNumber, ApplicantRole applicantRole, Channel channel) {
        return start(ownerIdentityNumber, applicantRole, channel, Optional.empty());
    }

    /** As above, once per key: a repeated request with the key gets the draft the first one started. */
    @Transactional
    public Application start(String ownerIdentityNumber, ApplicantRole applicantRole, Channel channel,
            Optional<IdempotencyKey> key) {
        Optional<Application> started = creates.firstCreated("application", ownerIdentityNumber, key,
                k -> Application.find("ownerIdentityNumber = ?1 and idempotencyKey = ?2", ownerIdentityNumber,
                        k.value()).firstResultOptional());
        if (started.isPresent()) {
            return started.get();
        }
        Instant now = clock.instant();
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.status = HousingApplicationStatus.DRAFT;
        application.channel = channel;
        application.applicantRole = applicantRole;
        application.ownerIdentityNumber = ownerIdentityNumber;
        application.subjectIdentityNumber = applicantRole == ApplicantRole.SELF ? ownerIdentityNumber : null;
        application.startedAt = now;
        application.updatedAt = now;
        application.idempotencyKey = key.map(IdempotencyKey::value).orElse(null);
        application.persist();
        outbox.publish(new HousingApplicationStarted(application.id, now, applicantRole, channel));
        return application;
    }

    /** A resident's own application (or one about them); a stranger's looks like none at all. */
    public Optional<Application> findFor(UUID id, String identityNumber) {
        return Application.<Application>findByIdOptional(id).filter(a -> a.belongsTo(identityNumber));
    }

    public List<Application> of(String identityNumber) {
        return Application.list("ownerIdentityNumber = ?1 or subjectIdentityNumber = ?1 order by startedAt desc",
                identityNumber);
    }

    /** Saves one step of a draft; only the one who applies changes it, and only while it is a draft. */
    @Transactional
    public Application saveStep(UUID id, String owner, UnaryOperator<ApplicationForm> change) {
        Application application = lockOwned(id, owner);
        if (!application.isDraft()) {
            throw conflict("Already submitted", "A submitted application is changed through messages to the assessor");
        }
        application.answers = change.apply(application.answers);
        if (application.answers.who() != null) {
            application.applicantRole = application.answers.who().role();
            application.subjectIdentityNumber = application.answers.who().role() == ApplicantRole.SELF
                    ? application.ownerIdentityNumber
                    : PersonalIdentityNumber.canonical(application.answers.who().personNumber()).orElse(null);
        }
        application.updatedAt = clock.instant();
        return application;
    }

    /**
     * Deletes a draft with everything attached to it. Nothing was sent to anyone yet, so nothing else needs to know:
     * the start already counted as a started application, and an abandoned start is what a deleted draft is.
     */
    @Transactional
    public void deleteDraft(UUID id, String owner) {
        Application application = lockOwned(id, owner);
        if (!application.isDraft()) {
            throw conflict("Already submitted", "A submitted application cannot be deleted; write to the assessor "
                    + "to withdraw it");
        }
        for (String table : List.of("application_attachment", "application_message", "application_status_change")) {
            entityManager.createNativeQuery("DELETE FROM " + table + " WHERE application_id = ?1")
                    .setParameter(1, id).executeUpdate();
        }
        application.delete();
    }

    /** Submits a complete draft: it gets its reference number and goes to the assessors and the case system. */
    @Transactional
    public Application submit(UUID id, String owner, List<String> problems) {
        Application application = lockOwned(id, owner);
        if (!application.isDraft()) {
            throw conflict("Already submitted", "This application was submitted " + application.submittedAt);
        }
        if (!problems.isEmpty()) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Not complete")
                    .withDetail("Some steps are missing or incomplete").with("problems", problems).build();
        }
        return submitNow(application);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Application submitNow(Application application) {
        Instant now = clock.instant();
        long number = ((Number) entityManager.createNativeQuery("SELECT nextval('application_number')")
                .getSingleResult()).longValue();
        application.reference = "SB-%d-%06d".formatted(Year.from(now.atZone(zone)).getValue(), number);
        application.submittedAt = now;
        move(application, HousingApplicationStatus.SUBMITTED, "resident");
        outbox.publish(new HousingApplicationSubmitted(application.id, application.reference, now,
                application.applicantRole,
                application.answers.wishes() == null ? 0 : application.answers.wishes().count(),
                application.channel));
        return application;
    }

    @Transactional
    public ApplicationMessage message(UUID id, ApplicationMessage.Sender sender, String author, String text) {
        Application application = lock(id);
        if (application.isDraft()) {
            throw conflict("Not submitted", "Messages start once the application is submitted");
        }
        return write(application.id, sender, ApplicationMessage.Kind.MESSAGE, author, text);
    }

    /** The assessor asks for more information; the applicant is told what and answers with a supplement. */
    @Transactional
    public ApplicationMessage requestInformation(UUID id, String assessor, String request) {
        Application application = lock(id);
        move(application, HousingApplicationStatus.AWAITING_SUPPLEMENT, assessor);
        outbox.publish(new HousingSupplementRequested(id, clock.instant()));
        return write(id, ApplicationMessage.Sender.ASSESSOR, ApplicationMessage.Kind.INFORMATION_REQUEST, assessor,
                request);
    }

    @Transactional
    public ApplicationMessage supplement(UUID id, String owner, String answer) {
        Application application = lockOwned(id, owner);
        if (application.status != HousingApplicationStatus.AWAITING_SUPPLEMENT) {
            throw conflict("No request open", "The assessor has not asked for more information");
        }
        move(application, HousingApplicationStatus.SUPPLEMENTED, "resident");
        outbox.publish(new HousingSupplementReceived(id, clock.instant()));
        return write(id, ApplicationMessage.Sender.APPLICANT, ApplicationMessage.Kind.SUPPLEMENT, "resident", answer);
    }

    @Transactional
    public Application assign(UUID id, String assessor) {
        Application application = lock(id);
        if (application.isDraft()) {
            throw conflict("Not submitted", "A draft is still the resident's");
        }
        application.assessor = assessor;
        if (application.status == HousingApplicationStatus.SUBMITTED
                || application.status == HousingApplicationStatus.REGISTERED
                || application.status == HousingApplicationStatus.SUPPLEMENTED) {
            move(application, HousingApplicationStatus.UNDER_INVESTIGATION, assessor);
        }
        return application;
    }

    @Transactional
    public Application decide(UUID id, String assessor, HousingDecisionMade.Outcome outcome, String text) {
        Application application = lock(id);
        if (application.status == HousingApplicationStatus.APPEALED) {
            throw conflict("Appealed", "An appealed decision changes through the appeal's outcome");
        }
        move(application, HousingApplicationStatus.DECIDED, assessor);
        Instant now = clock.instant();
        application.decisionOutcome = outcome;
        application.decisionText = text;
        application.decidedAt = now;
        outbox.publish(new HousingDecisionMade(id, now, outcome,
                workingTime.workingDaysBetween(application.submittedAt, now, zone)));
        return application;
    }

    @Transactional
    public Application offerMade(UUID id, String assessor) {
        Application application = lock(id);
        if (application.decisionOutcome == HousingDecisionMade.Outcome.REFUSED) {
            throw conflict("Refused", "There is no offer on a refused application");
        }
        move(application, HousingApplicationStatus.OFFER_MADE, assessor);
        application.offerMadeAt = clock.instant();
        return application;
    }

    @Transactional
    public Application movedIn(UUID id, String assessor) {
        Application application = lock(id);
        move(application, HousingApplicationStatus.MOVED_IN, assessor);
        application.movedInAt = clock.instant();
        return application;
    }

    @Transactional
    public Application close(UUID id, String by) {
        Application application = lock(id);
        move(application, HousingApplicationStatus.CLOSED, by);
        application.closedAt = clock.instant();
        return application;
    }

    /** The applicant appeals the decision; it goes to the assessor, who forwards it to the committee. */
    @Transactional
    public Application appeal(UUID id, String owner, String text) {
        Application application = lockOwned(id, owner);
        if (application.decidedAt == null || application.appealedAt != null) {
            throw conflict("Nothing to appeal", "There is no decision to appeal, or it is already appealed");
        }
        Instant now = clock.instant();
        move(application, HousingApplicationStatus.APPEALED, "resident");
        application.appealedAt = now;
        application.appealText = text;
        write(id, ApplicationMessage.Sender.APPLICANT, ApplicationMessage.Kind.APPEAL, "resident", text);
        outbox.publish(new HousingAppealReceived(id, now, Duration.between(application.decidedAt, now).toDays()));
        return application;
    }

    /** The outcome of the appeal; a changed decision is recorded as the new decision. */
    @Transactional
    public Application appealDecided(UUID id, String assessor, Application.AppealOutcome outcome) {
        Application application = lock(id);
        if (application.status != HousingApplicationStatus.APPEALED) {
            throw conflict("No appeal", "There is no appeal to decide on");
        }
        application.appealOutcome = outcome;
        application.appealDecidedAt = clock.instant();
        move(application, HousingApplicationStatus.DECIDED, assessor);
        return application;
    }

    /** The case system's receipt: only now is the application "registered in the case system". */
    @Transactional
    public void registered(UUID id, String caseSystemId) {
        Application application = lock(id);
        application.caseSystemId = caseSystemId;
        application.registeredAt = clock.instant();
        if (application.status == HousingApplicationStatus.SUBMITTED) {
            move(application, HousingApplicationStatus.REGISTERED, "case-system");
        }
    }

    private void move(Application application, HousingApplicationStatus to, String by) {
        if (!Transitions.allowed(application.status, to)) {
            throw conflict("Not possible now", "An application that is " + application.status + " cannot become " + to);
        }
        Instant now = clock.instant();
        application.status = to;
        application.updatedAt = now;
        entityManager.createNativeQuery("""
                INSERT INTO application_status_change (id, application_id, status, changed_at, changed_by)
                VALUES (?1, ?2, ?3, ?4, ?5)""").setParameter(1, UUID.randomUUID()).setParameter(2, application.id)
                .setParameter(3, to.name()).setParameter(4, now).setParameter(5, by).executeUpdate();
        outbox.publish(new HousingApplicationStatusChanged(application.id, now, to));
    }

    private ApplicationMessage write(UUID id, ApplicationMessage.Sender sender, ApplicationMessage.Kind kind,
            String author, String text) {
        ApplicationMessage message = new ApplicationMessage();
        message.id = UUID.randomUUID();
        message.applicationId = id;
        message.sender = sender;
        message.kind = kind;
        message.author = author;
        message.body = text;
        message.sentAt = clock.instant();
        message.persist();
        return message;
    }

    private Application lock(UUID id) {
        Application application = Application.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (application == null) {
            throw notFound();
        }
        return application;
    }

    /**
     * Only the one who applied acts on it as a resident; the person it is for may read it and is refused here, and
     * others find nothing.
     */
    private Application lockOwned(UUID id, String identityNumber) {
        return applied(lock(id), identityNumber);
    }

    /** An application the resident applied for, to change; see {@link #lockOwned}. */
    public Application appliedBy(UUID id, String identityNumber) {
        return applied(Application.<Application>findByIdOptional(id).orElseThrow(ApplicationService::notFound),
                identityNumber);
    }

    private static Application applied(Application application, String identityNumber) {
        if (!application.belongsTo(identityNumber)) {
            throw notFound();
        }
        if (!application.appliedBy(identityNumber)) {
            throw HttpProblem.builder().withStatus(Response.Status.FORBIDDEN).withTitle("Only the applicant changes it")
                    .withDetail("The application is made for you and you may read it; only the one who applies "
                            + "changes it, submits it or answers for it").build();
        }
        return application;
    }

    public static HttpProblem notFound() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such application")
                .withDetail("There is no application with this id that you may see").build();
    }

    private static HttpProblem conflict(String title, String detail) {
        return HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle(title).withDetail(detail).build();
    }
}
