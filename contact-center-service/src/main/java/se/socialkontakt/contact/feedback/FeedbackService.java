package se.socialkontakt.contact.feedback;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.contact.delivery.AnswerMails;
import se.socialkontakt.contact.delivery.AnswerTo;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.contact.routing.Routing;
import se.socialkontakt.events.FeedbackAcknowledged;
import se.socialkontakt.events.FeedbackAnswered;
import se.socialkontakt.events.FeedbackReceived;
import se.socialkontakt.events.FeedbackReceived.Kind;
import se.socialkontakt.outbox.Outbox;
import se.socialkontakt.support.calendar.WorkingTime;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.idempotency.IdempotentCreates;
import se.socialkontakt.support.idempotency.IdempotentRequest;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;

/**
 * Feedback from residents and the promise made for it: acknowledged within 2 and answered within 10 working days.
 * Anonymous feedback is acknowledged and answered inside the unit too (it still counts), but no reply can reach
 * its sender. Any other answer is answered when it reaches the resident ({@link ReplyRoute}), not when it is saved.
 */
@ApplicationScoped
public class FeedbackService {
    /**
     * What a resident sends; name and contact details only when not anonymous, the resident's own number only when
     * they sent it signed in with e-ID and not anonymously.
     */
    public record Submission(Kind kind, String unit, String text, boolean anonymous, Optional<String> name,
            Optional<String> contactDetails, Optional<String> resident) {
    }

    private final Routing routing;
    private final WorkingTime workingTime;
    private final Outbox outbox;
    private final IdempotentCreates creates;
    private final AnswerMails mails;
    private final EntityManager entityManager;
    private final Clock clock;
    private final ZoneId zone;
    private final int acknowledgeDays;
    private final int answerDays;

    FeedbackService(Routing routing, WorkingTime workingTime, Outbox outbox, IdempotentCreates creates,
            AnswerMails mails, EntityManager entityManager, Clock clock,
            @ConfigProperty(name = "socialkontakt.contact.zone") ZoneId zone,
            @ConfigProperty(name = "socialkontakt.feedback.acknowledge-days") int acknowledgeDays,
            @ConfigProperty(name = "socialkontakt.feedback.answer-days") int answerDays) {
        this.routing = routing;
        this.workingTime = workingTime;
        this.outbox = outbox;
        this.creates = creates;
        this.mails = mails;
        this.entityManager = entityManager;
        this.clock = clock;
        this.zone = zone;
        this.acknowledgeDays = acknowledgeDays;
        this.answerDays = answerDays;
    }

    /**
     * Receives feedback once per key. The caller is the signed-in resident, but nobody for anonymous feedback: the key
     * must not tie it to a person.
     */
    @Transactional
    public Feedback receive(Submission submission, Optional<IdempotencyKey> key) {
        String caller = submission.anonymous() ? "" : submission.resident().orElse("");
        Optional<Feedback> received = creates.firstCreated(Feedback.class, caller, key);
        if (received.isPresent()) {
            return received.get();
        }
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
        feedback.resident = submission.anonymous() ? null : submission.resident().orElse(null);
        feedback.replyEmail = ReplyRoute.emailIn(Optional.ofNullable(feedback.contactDetails)).orElse(null);
        feedback.receivedAt = now;
        feedback.acknowledgeDue = workingTime.deadline(now, acknowledgeDays, zone);
        feedback.answerDue = workingTime.deadline(now, answerDays, zone);
        feedback.idempotency = IdempotentRequest.of(caller, key);
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

    /**
     * Saves the answer and sends it the resident's way; an answer also acknowledges feedback that was not
     * acknowledged before. One answer per feedback.
     */
    @Transactional
    public Feedback answer(UUID id, String handler, String answer) {
        Feedback feedback = lock(id);
        if (feedback.answerWrittenAt != null) {
            throw HttpProblem.builder().withStatus(Response.Status.CONFLICT).withTitle("Already answered")
                    .withDetail("This feedback was answered " + feedback.answerWrittenAt).build();
        }
        if (feedback.acknowledgedAt == null) {
            acknowledgeNow(feedback, handler);
        }
        feedback.answerWrittenAt = clock.instant();
        feedback.answeredBy = handler;
        feedback.answer = answer;
        ReplyRoute route = feedback.replyRoute();
        if (route.mailed()) {
            mails.queue(AnswerTo.FEEDBACK, id, feedback.replyEmail, feedback.reference, answer);
        }
        if (route.deliveredWhenSaved()) {
            answered(feedback, feedback.answerWrittenAt);
        }
        return feedback;
    }

    void mailed(@Observes AnswerMails.Sent mail) {
        if (mail.answerTo() == AnswerTo.FEEDBACK) {
            Feedback feedback = lock(mail.answerId());
            if (feedback.answeredAt == null) {
                answered(feedback, mail.at());
            }
        }
    }

    /** The answer reached the resident (or, for anonymous feedback, was recorded): the promise's clock stops. */
    private void answered(Feedback feedback, Instant at) {
        feedback.answeredAt = at;
        outbox.publish(new FeedbackAnswered(feedback.id, at, feedback.kind, feedback.unit,
                workingTime.workingDaysBetween(feedback.receivedAt, at, zone)));
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
