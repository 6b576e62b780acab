package se.socialkontakt.housing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingDecisionMade.Outcome;
import se.socialkontakt.support.calendar.WorkingTime;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** An application as its applicant and its assessor see it: the answers, where it stands, what comes next. */
@ApplicationScoped
public class ApplicationViews {
    /** The time to appeal: three weeks from the day the decision reached the applicant. */
    public static final Duration APPEAL_WINDOW = Duration.ofDays(21);

    public record Summary(UUID id, String reference, HousingApplicationStatus status, Channel channel,
            ApplicantRole applicantRole, Instant startedAt, Instant submittedAt, Instant updatedAt, String assessor,
            List<ApplicationForm.Step> missingSteps) {
        public static Summary of(Application a) {
            return new Summary(a.id, a.reference, a.status, a.channel, a.applicantRole, a.startedAt, a.submittedAt,
                    a.updatedAt, a.assessor, a.answers.missingSteps());
        }
    }

    public record Decision(Outcome outcome, String text, Instant decidedAt, Instant appealBy) {
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

    public record Full(Summary summary, ApplicationForm answers, Instant expectedDecisionBy, Instant registeredAt,
            Decision decision, Appeal appeal, Instant offerMadeAt, Instant movedInAt, List<Message> messages,
            List<Attachment> attachments, List<StatusChange> history) {
    }

    private final WorkingTime workingTime;
    private final EntityManager entityManager;
    private final ZoneId zone;
    private final int typicalDecisionDays;

    ApplicationViews(WorkingTime workingTime, EntityManager entityManager,
            @ConfigProperty(name = "socialkontakt.housing.zone") ZoneId zone,
            @ConfigProperty(name = "socialkontakt.housing.typical-decision-working-days") int typicalDecisionDays) {
        this.workingTime = workingTime;
        this.entityManager = entityManager;
        this.zone = zone;
        this.typicalDecisionDays = typicalDecisionDays;
    }

    @SuppressWarnings("unchecked")
    public Full full(Application a) {
        Decision decision = a.decidedAt == null ? null
                : new Decision(a.decisionOutcome, a.decisionText, a.decidedAt, a.decidedAt.plus(APPEAL_WINDOW));
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
        Instant expected = a.submittedAt == null || a.decidedAt != null ? null
                : workingTime.deadline(a.submittedAt, typicalDecisionDays, zone);
        return new Full(Summary.of(a), a.answers, expected, a.registeredAt, decision,
                appeal, a.offerMadeAt, a.movedInAt, messages, attachments, history);
    }
}
