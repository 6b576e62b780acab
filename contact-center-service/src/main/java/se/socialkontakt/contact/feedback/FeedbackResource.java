package se.socialkontakt.contact.feedback;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.contact.delivery.ReplyRoute;
import se.socialkontakt.contact.routing.Routing;
import se.socialkontakt.events.FeedbackReceived.Kind;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.identity.ResidentIdentity;
import se.socialkontakt.support.limits.PublicFormGuard;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Synpunkter och klagomål: residents send them (anonymously if they like), the unit's handlers acknowledge and
 * answer them, managers take the quarterly summary to the committee.
 */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {
    private static final String CODE = "[A-Z][A-Z0-9_]{0,39}";

    private final FeedbackService feedback;
    private final QuarterlySummary summary;
    private final PublicFormGuard guard;
    private final Routing routing;
    private final Audit audit;
    private final SecurityIdentity identity;
    private final ResidentIdentity resident;

    FeedbackResource(FeedbackService feedback, QuarterlySummary summary, PublicFormGuard guard, Routing routing,
            Audit audit, SecurityIdentity identity, ResidentIdentity resident) {
        this.feedback = feedback;
        this.summary = summary;
        this.guard = guard;
        this.routing = routing;
        this.audit = audit;
        this.identity = identity;
        this.resident = resident;
    }

    /** {@code website} is the honeypot: a field people never see. */
    public record Submission(@NotNull Kind kind, @NotNull @Pattern(regexp = CODE) String unit,
            @NotBlank @Size(max = 4000) String text, boolean anonymous, @Size(max = 200) String name,
            @Size(max = 200) String contact, @Size(max = 200) String website) {

        @AssertTrue(message = "anonymous feedback has no name or contact details; named feedback needs a way to reply")
        public boolean isReplyConsistent() {
            return anonymous ? isBlank(name) && isBlank(contact) : !isBlank(contact);
        }

        private static boolean isBlank(String text) {
            return text == null || text.isBlank();
        }
    }

    public record Receipt(String reference, boolean replyPossible, Instant acknowledgeBy, Instant answerBy) {
    }

    public record Answer(@NotBlank @Size(max = 4000) String text) {
    }

    /**
     * One feedback for its unit's handlers. {@code answerWrittenAt} is when the answer was saved, {@code answeredAt}
     * when it reached the resident by {@code replyRoute} (an e-mail may wait for the mail server in between).
     */
    public record Line(UUID id, String reference, Kind kind, String unit, String text, boolean anonymous,
            String name, String contact, ReplyRoute replyRoute, Instant receivedAt, Instant acknowledgeDue,
            Instant answerDue, Instant acknowledgedAt, Instant answerWrittenAt, Instant answeredAt, String answer) {
        static Line of(Feedback f) {
            return new Line(f.id, f.reference, f.kind, f.unit, f.body, f.anonymous, f.senderName, f.contactDetails,
                    f.replyRoute(), f.receivedAt, f.acknowledgeDue, f.answerDue, f.acknowledgedAt,
                    f.answerWrittenAt, f.answeredAt, f.answer);
        }
    }

    @POST
    @Path("/feedback")
    @PermitAll
    public Response send(@HeaderParam(IdempotencyKey.HEADER) String idempotencyKey,
            @Valid @NotNull Submission submission, @Context HttpServerRequest http) {
        Optional<IdempotencyKey> key = IdempotencyKey.of(idempotencyKey);
        guard.check(submission.website(), http.remoteAddress() == null ? null : http.remoteAddress().host());
        Feedback received = feedback.receive(new FeedbackService.Submission(submission.kind(), submission.unit(),
                submission.text().strip(), submission.anonymous(),
                Optional.ofNullable(submission.name()).map(String::strip).filter(s -> !s.isEmpty()),
                Optional.ofNullable(submission.contact()).map(String::strip).filter(s -> !s.isEmpty()),
                resident.ifSignedIn()), key);
        return Response.created(URI.create("/api/feedback/" + received.id)).entity(new Receipt(received.reference,
                !received.anonymous, received.acknowledgeDue, received.answerDue)).build();
    }

    @GET
    @Path("/feedback")
    @RolesAllowed("handler")
    @Transactional
    public List<Line> ofUnit(@QueryParam("unit") @NotNull @Pattern(regexp = CODE) String unit) {
        mustWorkIn(unit);
        audit.record(user(), "LIST_FEEDBACK", unit, null);
        return Feedback.<Feedback>list("unit = ?1 order by answeredAt nulls first, answerDue", unit).stream()
                .map(Line::of).toList();
    }

    @POST
    @Path("/feedback/{id}/acknowledgement")
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed("handler")
    @Transactional
    public Line acknowledge(@PathParam("id") UUID id) {
        mustWorkIn(feedback.find(id).unit);
        // The answer holds what the resident wrote: audited like a read, in the act's transaction.
        audit.record(user(), "ACKNOWLEDGE_FEEDBACK", id, null);
        return Line.of(feedback.acknowledge(id, user()));
    }

    @POST
    @Path("/feedback/{id}/answer")
    @RolesAllowed("handler")
    @Transactional
    public Line answer(@PathParam("id") UUID id, @Valid @NotNull Answer answer) {
        mustWorkIn(feedback.find(id).unit);
        audit.record(user(), "ANSWER_FEEDBACK", id, null);
        return Line.of(feedback.answer(id, user(), answer.text().strip()));
    }

    @GET
    @Path("/feedback/summary.csv")
    @Produces("text/csv; charset=utf-8")
    @RolesAllowed("manager")
    public Response quarterly(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("quarter") @NotNull @Min(1) @Max(4) Integer quarter) {
        return Response.ok(summary.csv(year, quarter))
                .header("Content-Disposition", "attachment; filename=\"synpunkter-%d-Q%d.csv\"".formatted(year, quarter))
                .build();
    }

    private void mustWorkIn(String unit) {
        if (!routing.unitsOf(user()).contains(unit)) {
            throw HttpProblem.builder().withStatus(Response.Status.FORBIDDEN).withTitle("Not your unit")
                    .withDetail("You do not handle feedback for " + unit).build();
        }
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
