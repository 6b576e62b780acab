package se.socialkontakt.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingDecisionMade.Outcome;
import se.socialkontakt.support.calendar.WorkingTime;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** An application as its applicant and its assessor see it: the answers, where it stands, what comes next. */
@ApplicationScoped
public class ApplicationViews {
    /** How the one reading relates to the application: only the applicant writes, the person it is for reads. */
    public enum Reader {
        APPLICANT, PERSON_CONCERNED, STAFF
    }

    /**
     * {@code concerns} names the person the application is for and {@code appliedBy} whoever applies for them, as
     * far as the answers tell yet, so that drafts can be told apart and the person concerned knows who acts for them.
     */
    public record Summary(UUID id, String reference, HousingApplicationStatus status, Channel channel,
            ApplicantRole applicantRole, Instant startedAt, Instant submittedAt, Instant updatedAt, String assessor,
            List<ApplicationForm.Step> missingSteps, String concerns, String appliedBy, Reader reader) {
        public static Summary of(Application a) {
            return of(a, Reader.STAFF);
        }

        /** As a resident sees it: the one who applied, or the person it is for. */
        public static Summary of(Application a, String residentIdentityNumber) {
            return of(a, a.appliedBy(residentIdentityNumber) ? Reader.APPLICANT : Reader.PERSON_CONCERNED);
        }

        /** Staff lists carry no names: a name is read in the application itself, where the read is audited. */
        private static Summary of(Application a, Reader reader) {
            String applicant = reader == Reader.STAFF || a.answers.applicant() == null ? null
                    : a.answers.applicant().name();
            boolean onBehalf = a.applicantRole == ApplicantRole.ON_BEHALF;
            String concerns = reader == Reader.STAFF ? null
                    : onBehalf ? a.answers.who() == null ? null : a.answers.who().name() : applicant;
            return new Summary(a.id, a.reference, a.status, a.channel, a.applicantRole, a.startedAt, a.submittedAt,
                    a.updatedAt, a.assessor, a.answers.missingSteps(), concerns, onBehalf ? applicant : null, reader);
        }
    }

    /** {@code appealBy}: the last day an appeal is in time (see {@link AppealPeriod}). */
    public record Decision(Outcome outcome, String text, Instant decidedAt, LocalDate appealBy) {
    }

    public record Appeal(Instant appealedAt, String text, Application.AppealOutcome outcome, Instant decidedAt) {
    }

    public record Message(UUID id, ApplicationMessage.Sender sender, ApplicationMessage.Kind kind, String text,
            Instant sentAt) {
    }

    public record Attachment(UUID id, String fileName, String mediaType, int sizeBytes, Instant uploadedAt) {
    }

    public record StatusChange(HousingApplicationStatus status, Instant changedAt) {
    }

    /** {@code expectedDecisionBy}: the last day of the promised working days. */
    public record Full(Summary summary, ApplicationForm answers, LocalDate expectedDecisionBy, Instant registeredAt,
            Decision decision, Appeal appeal, Instant offerMadeAt, Instant movedInAt, List<Message> messages,
            List<Attachment> attachments, List<StatusChange> history) {
    }

    private final WorkingTime workingTime;
    private final AppealPeriod appealPeriod;
    private final EntityManager entityManager;
    private final ZoneId zone;
    private final int typicalDecisionDays;

    ApplicationViews(WorkingTime workingTime, AppealPeriod appealPeriod, EntityManager entityManager,
            @ConfigProperty(name = "socialkontakt.housing.zone") ZoneId zone,
            @ConfigProperty(name = "socialkontakt.housing.typical-decision-working-days") int typicalDecisionDays) {
        this.workingTime = workingTime;
        this.appealPeriod = appealPeriod;
        this.entityManager = entityManager;
        this.zone = zone;
        this.typicalDecisionDays = typicalDecisionDays;
    }

    public Full full(Application a) {
        return full(a, Summary.of(a));
    }

    /** The application as a resident sees it: who applied, or the person it is for. */
    public Full full(Application a, String residentIdentityNumber) {
        return full(a, Summary.of(a, residentIdentityNumber));
    }

    /** How the applicant asked to get the decision; the e-service's mailbox when the answers do not say. */
    private static ApplicationForm.DecisionChannel decisionChannel(Application a) {
        return a.answers.applicant() == null || a.answers.applicant().decisionBy() == null
                ? ApplicationForm.DecisionChannel.DIGITAL_MAILBOX : a.answers.applicant().decisionBy();
    }

    @SuppressWarnings("unchecked")
    private Full full(Application a, Summary summary) {
        Decision decision = a.decidedAt == null ? null
                : new Decision(a.decisionOutcome, a.decisionText, a.decidedAt,
                        appealPeriod.lastDay(a.decidedAt.atZone(zone).toLocalDate(), decisionChannel(a)));
        Appeal appeal = a.appealedAt == null ? null
                : new Appeal(a.appealedAt, a.appealText, a.appealOutcome, a.appealDecidedAt);
        List<Message> messages = ApplicationMessage.of(a.id).stream()
                .map(m -> new Message(m.id, m.sender, m.kind, m.body, m.sentAt)).toList();
        List<Object[]> files = entityManager.createNativeQuery("""
                SELECT id, file_name, media_type, size_bytes, uploaded_at FROM application_attachment
                WHERE application_id = ?1 ORDER BY uploaded_at""").setParameter(1, a.id).getResultList();
        List<Attachment> attachments = files.stream().map(row -> new Attachment((UUID) row[0], (String) row[1],
                (String) row[2], ((Number) row[3]).intValue(), (java.time.Instant) row[4])).toList();
        List<Object[]> changes = entityManager.createNativeQuery("""
                SELECT status, changed_at FROM application_status_change WHERE application_id = ?1
                ORDER BY changed_at""").setParameter(1, a.id).getResultList();
        List<StatusChange> history = changes.stream().map(row -> new StatusChange(
                HousingApplicationStatus.valueOf((String) row[0]), (java.time.Instant) row[1])).toList();
        LocalDate expected = a.submittedAt == null || a.decidedAt != null ? null
                : WorkingTime.lastDay(workingTime.deadline(a.submittedAt, typicalDecisionDays, zone), zone);
        return new Full(summary, a.answers, expected, a.registeredAt, decision,
                appeal, a.offerMadeAt, a.movedInAt, messages, attachments, history);
    }
}
