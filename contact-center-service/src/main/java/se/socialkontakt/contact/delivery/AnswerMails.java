package se.socialkontakt.contact.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import org.hibernate.Timeouts;
import org.jboss.logging.Logger;
import se.socialkontakt.support.contact.SocialServicesContact;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Answers by e-mail, delivered at least once. The mail is stored in the transaction that saves the answer, so an
 * answer is never lost; it is sent as soon as that transaction commits, and while the mail server fails it is tried
 * again, later and later, until the server takes it. Only then is the answer delivered ({@link Sent}), which stops
 * the promise's clock. Logs name the mail by its id only, never its address or text.
 */
@ApplicationScoped
public class AnswerMails {
    /** An answer mail the server took: fired in the transaction that records it. */
    public record Sent(AnswerTo answerTo, UUID answerId, Instant at) {
    }

    /** A mail stored; it is first tried once its transaction has committed. */
    record Queued(UUID mailId) {
    }

    private static final Logger LOG = Logger.getLogger(AnswerMails.class);

    private final Mailer mailer;
    private final MailMessages messages;
    private final SocialServicesContact contact;
    private final MailSettings settings;
    private final EntityManager entityManager;
    private final Event<Queued> queued;
    private final Event<Sent> sent;
    private final Clock clock;

    AnswerMails(Mailer mailer, MailMessages messages, SocialServicesContact contact, MailSettings settings,
            EntityManager entityManager, Event<Queued> queued, Event<Sent> sent, Clock clock) {
        this.mailer = mailer;
        this.messages = messages;
        this.contact = contact;
        this.settings = settings;
        this.entityManager = entityManager;
        this.queued = queued;
        this.sent = sent;
        this.clock = clock;
    }

    /** Stores the mail with the answer to the resident, in the transaction that saves the answer. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void queue(AnswerTo answerTo, UUID answerId, String recipient, String reference, String answer) {
        AnswerMail mail = new AnswerMail();
        mail.id = UUID.randomUUID();
        mail.answerTo = answerTo;
        mail.answerId = answerId;
        mail.recipient = recipient;
        mail.subject = messages.subject(reference);
        mail.body = messages.body(reference, answer, contact.phoneInText());
        mail.queuedAt = clock.instant();
        mail.nextAttemptAt = mail.queuedAt;
        mail.persist();
        queued.fire(new Queued(mail.id));
    }

    void sendWhenCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Queued mail) {
        attempt(mail.mailId());
    }

    @Scheduled(every = "${socialkontakt.contact.mail.retry-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void retry() {
        sendDue();
    }

    /** Tries every mail whose time has come; returns how many the server took. */
    public int sendDue() {
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> AnswerMail.<AnswerMail>find(
                "sentAt is null and nextAttemptAt <= ?1 order by nextAttemptAt", clock.instant())
                .stream().map(mail -> mail.id).toList());
        return (int) due.stream().filter(this::attempt).count();
    }

    /**
     * One attempt, holding the mail's row so that no other instance sends it at the same time (one that finds it
     * held skips it). A crash between the server taking the mail and the commit sends it again: at least once.
     */
    private boolean attempt(UUID mailId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AnswerMail mail = entityManager.find(AnswerMail.class, mailId, LockModeType.PESSIMISTIC_WRITE,
                    Timeouts.SKIP_LOCKED);
            if (mail == null || mail.sentAt != null) {
                return false;
            }
            Instant now = clock.instant();
            try {
                mailer.send(Mail.withText(mail.recipient, mail.subject, mail.body));
            } catch (RuntimeException failure) {
                mail.attempts++;
                mail.nextAttemptAt = now.plus(waitAfter(mail.attempts));
                // The failure's message may quote the address: its type only.
                LOG.warnf("Answer mail %s not sent (attempt %d, next at %s): %s", mail.id, mail.attempts,
                        mail.nextAttemptAt, failure.getClass().getName());
                return false;
            }
            mail.sentAt = now;
            sent.fire(new Sent(mail.answerTo, mail.answerId, now));
            return true;
        });
    }

    private Duration waitAfter(int failures) {
        Duration wait = settings.firstRetryAfter().multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(settings.longestRetryAfter()) > 0 ? settings.longestRetryAfter() : wait;
    }
}
