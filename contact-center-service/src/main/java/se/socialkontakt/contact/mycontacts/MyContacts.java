package se.socialkontakt.contact.mycontacts;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.contact.contactcase.CaseEntry;
import se.socialkontakt.contact.contactcase.ContactCase;
import se.socialkontakt.contact.feedback.Feedback;
import se.socialkontakt.events.FeedbackReceived.Kind;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What a resident sees of their own contacts: what they wrote, where it stands, when they are promised an answer and
 * the answers that reached them. Never the staff's notes, names or answers still waiting to be sent.
 */
public record MyContacts(List<Question> questions, List<SentFeedback> feedback) {

    /** An answer as it reached the resident. */
    public record Answer(String text, Instant sentAt) {
    }

    /** A question sent through the contact form. */
    public record Question(UUID id, String reference, String category, String text, ContactCase.Status status,
            Instant sentAt, Instant answerBy, List<Answer> answers) {
        static Question of(ContactCase c) {
            List<Answer> answers = CaseEntry.of(c.id).stream()
                    .filter(e -> e.kind == CaseEntry.Kind.ANSWER && e.deliveredAt != null)
                    .map(e -> new Answer(e.body, e.deliveredAt)).toList();
            return new Question(c.id, c.reference, c.category, c.summary, c.status, c.openedAt, c.firstResponseDue,
                    answers);
        }
    }

    /** Feedback sent with a name; its answer once it reached the resident. */
    public record SentFeedback(UUID id, String reference, Kind kind, String unit, String text, Instant sentAt,
            Instant answerBy, Answer answer) {
        static SentFeedback of(Feedback f) {
            return new SentFeedback(f.id, f.reference, f.kind, f.unit, f.body, f.receivedAt, f.answerDue,
                    f.answeredAt == null ? null : new Answer(f.answer, f.answeredAt));
        }
    }

    /** Another resident's contact, or none: the same answer, so that no one learns which ids exist. */
    static HttpProblem notYours() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such contact")
                .withDetail("You have no contact with this id").build();
    }
}
