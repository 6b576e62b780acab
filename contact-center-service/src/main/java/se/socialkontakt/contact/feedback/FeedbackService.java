package se.socialkontakt.contact.feedback;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.contact.routing.Routing;
import se.socialkontakt.events.FeedbackAcknowledged;
import se.socialkontakt.events.FeedbackAnswered;
import se.socialkontakt.events.FeedbackReceived;
import se.socialkontakt.events.FeedbackReceived.Kind;
import se.socialkontakt.outbox.Outbox;
import se.socialkontakt.support.calendar.WorkingTime;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * Feedback from residents and the promise made for it: acknowledged within 2 and answered within 10 working days.
 * Anonymous feedback is acknowledged and answered inside the unit too (it still counts), but no reply can reach
 * its sender.
 */
@ApplicationScoped
public class FeedbackService {
    /** What a resident sends; name and contact details only when not anonymous. */
    public record Submission(Kind kind, String unit, String text, boolean anonymous, Optional<String> name,
            Optional<String> contactDetails) {
    }

    private final Routing routing;
    private final WorkingTime workingTime;
    private final Outbox outbox;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone;
    private final int acknowledgeDays;
    private final int answerDays;

    FeedbackService(Routing routing, WorkingTime workingTime, Outbox outbox, EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "socialkontakt.contact.zone") ZoneId zone,
            @ConfigProperty(name = "socialkontakt.feedback.acknowledge-days") int acknowledgeDays,
            @ConfigProperty(name = "socialkontakt.feedback.answer-days") int answerDays) {
        this.routing = routing;
        this.workingTime = workingTime;
        this.outbox = outbox;
        this.entityManager = entityManager;
        this.clock = clock;
        this.zone = zone;
        this.acknowledgeDays = acknowledgeDays;
        this.answerDays = answerDays;
    }

    @Transactional
    public Feedback receive(Submission submission) {
        if (!routing.isActiveUnit(submission.unit())) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Unknown unit")
                    .withDetail("Unknown unit: " + submission.unit()).with("field", "unit").build();
        }
        Instant now = clock.instant();
        Feedback feedback = new Feedback();
        feedback.id = UUID.randomUUID();
        long number = ((Number) entityManager.createNativeQuery("SELECT nextval('feedback_number')")
                .getSingleResult()).longValue();
        feedback.reference = "SYN-%d-%06d".formatted(Year.from(now.atZone(zone)).getValue(), number);
        feedback.kind = submission.kind();
        feedback.unit = submission.unit();
        feedback.body = submission.text();
        feedback.anonymous = submission.anonymous();
        feedback.senderName = submission.anonymous() ? null : submission.name().orElse(null);
        feedback.contactDetails = submission.anonymous() ? null : submission.contactDetails().orElse(null);
        feedback.receivedAt = now;
        feedback.acknowledgeDue = workingTime.deadline(now, acknowledgeDays, zone);
        feedback.answerDue = workingTime.deadline(now, answerDays, zone);
        feedback.persist();
        outbox.publish(new FeedbackReceived(feedback.id, now, feedback.kind, feedback.unit, feedback.anonymous));
        return feedback;
    }

    @Transactional
    public Feedback acknowledge(UUID id, String handler) {
        Feedback feedback = lock(id);
        if (feedback.acknowledgedAt == null) {
            acknowledgeNow(feedback, handler);
        }
        return feedback;
    }

    /** An answer also acknowledges feedback that was not acknowledged before. */
    @Transactional
    public Feedback answer(UUID id, String handler, String answer) {
        Feedback feedback = lock(id);
        if (feedback.answeredAt != null) {
            throw HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Already answered")
                    .withDetail("This feedback was answered " + feedback.answeredAt).build();
        }
        if (feedback.acknowledgedAt == null) {
            acknowledgeNow(feedback, handler);
        }
        feedback.answeredAt = clock.instant();
        feedback.answeredBy = handler;
        feedback.answer = answer;
        outbox.publish(new FeedbackAnswered(id, feedback.answeredAt, feedback.kind, feedback.unit,
                workingTime.workingDaysBetween(feedback.receivedAt, feedback.answeredAt, zone)));
        return feedback;
    }

    private void acknowledgeNow(Feedback feedback, String handler) {
        feedback.acknowledgedAt = clock.instant();
        feedback.acknowledgedBy = handler;
        outbox.publish(new FeedbackAcknowledged(feedback.id, feedback.acknowledgedAt, feedback.kind, feedback.unit,
                workingTime.workingDaysBetween(feedback.receivedAt, feedback.acknowledgedAt, zone)));
    }

    public Feedback find(UUID id) {
        Feedback feedback = Feedback.findById(id);
        if (feedback == null) {
            throw notFound();
        }
        return feedback;
    }

    private Feedback lock(UUID id) {
        Feedback feedback = Feedback.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (feedback == null) {
            throw notFound();
        }
        return feedback;
    }

    static HttpProblem notFound() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such feedback")
                .withDetail("There is no feedback with this id").build();
    }
}
