package se.socialkontakt.chat.retention;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.chat.conversation.ChatMessage;
import se.socialkontakt.chat.conversation.ChatNote;
import se.socialkontakt.chat.conversation.Conversation;
import se.socialkontakt.chat.conversation.ConversationAccess;
import se.socialkontakt.chat.conversation.Sender;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.support.audit.AuditEntry;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Preserving a transcript for a report of concern (anmälan enligt 14 kap. 1 § SoL), reading a transcript and its
 * audit trail. Every preservation and every read is audited, and so is every refusal. Only those involved in the
 * conversation may act on it ({@link ConversationAccess}); to anyone else it answers 404, as if it did not exist.
 */
@Path("/api/conversations/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "counsellor", "supervisor" })
public class TranscriptResource {
    private final SecurityIdentity identity;
    private final ConversationAccess access;
    private final RetentionPolicy retention;
    private final Audit audit;
    private final Clock clock;

    TranscriptResource(SecurityIdentity identity, ConversationAccess access, RetentionPolicy retention, Audit audit,
            Clock clock) {
        this.identity = identity;
        this.access = access;
        this.retention = retention;
        this.audit = audit;
        this.clock = clock;
    }

    public record PreservationRequest(@NotBlank @Size(max = 500) String reason) {
    }

    public record Preservation(UUID conversationId, Instant preservedUntil) {
    }

    public record Line(long seq, Sender from, String author, String text, Instant sentAt) {
    }

    public record NoteLine(String author, String text, Instant writtenAt) {
    }

    public record Transcript(UUID conversationId, Conversation.Status status, Instant requestedAt, Instant endedAt,
            Instant eraseAt, Instant preservedUntil, List<Line> messages, List<NoteLine> notes) {
    }

    public record AuditLine(Instant at, String actor, String action, String detail) {
    }

    @POST
    @Path("/preservation")
    @Transactional
    public Preservation preserve(@PathParam("id") UUID id, @Valid @NotNull PreservationRequest request) {
        Conversation conversation = Conversation.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (conversation == null || conversation.erasedAt != null) {
            throw notFound();
        }
        if (!access.mayActOn(id, identity)) {
            access.refused(identity, "PRESERVE", id);
            throw notFound();
        }
        Instant now = clock.instant();
        conversation.preservedUntil = retention.preservedUntil(now);
        conversation.preservedReason = request.reason().strip();
        conversation.preservedBy = user();
        audit.record(user(), "PRESERVED", id, request.reason().strip());
        return new Preservation(id, conversation.preservedUntil);
    }

    @GET
    @Path("/transcript")
    @Transactional
    public Transcript read(@PathParam("id") UUID id) {
        Conversation conversation = Conversation.findById(id);
        if (conversation == null || conversation.erasedAt != null) {
            throw notFound();
        }
        if (!access.mayRead(conversation, identity)) {
            access.refused(identity, "READ_TRANSCRIPT", id);
            throw notFound();
        }
        audit.record(user(), "READ_TRANSCRIPT", id, null);
        List<Line> messages = ChatMessage.after(id, 0).stream()
                .map(m -> new Line(m.key.seq(), m.sender, m.author, m.body, m.sentAt)).toList();
        List<NoteLine> notes = ChatNote.of(id).stream().map(n -> new NoteLine(n.author, n.body, n.writtenAt)).toList();
        return new Transcript(id, conversation.status, conversation.requestedAt, conversation.endedAt,
                conversation.eraseAt, conversation.preservedUntil, messages, notes);
    }

    @GET
    @Path("/audit")
    @RolesAllowed({ "supervisor", "admin" })
    public List<AuditLine> auditTrail(@PathParam("id") UUID id) {
        return AuditEntry.about(id.toString()).stream().map(e -> new AuditLine(e.at, e.actor, e.action, e.detail)).toList();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }

    private static HttpProblem notFound() {
        return HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No transcript")
                .withDetail("There is no transcript of this conversation, or it has been erased").build();
    }
}
