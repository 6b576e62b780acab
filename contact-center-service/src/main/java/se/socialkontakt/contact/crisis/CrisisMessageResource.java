package se.socialkontakt.contact.crisis;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Sort;
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
import se.socialkontakt.events.CrisisMessagePublished;
import se.socialkontakt.events.CrisisMessageWithdrawn;
import se.socialkontakt.outbox.Outbox;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Communicators and managers publish a crisis message for a period and may withdraw it; the event reaches every
 * service, whose pages show it as a banner (service-support's crisis board).
 */
@Path("/api/crisis-messages")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "communicator", "manager" })
public class CrisisMessageResource {
    private static final Duration LONGEST = Duration.ofDays(31);

    private final Outbox outbox;
    private final SecurityIdentity identity;
    private final Clock clock;

    CrisisMessageResource(Outbox outbox, SecurityIdentity identity, Clock clock) {
        this.outbox = outbox;
        this.identity = identity;
        this.clock = clock;
    }

    /** Starts now unless {@code validFrom} is given; lasts at most a month. */
    public record Publication(@NotBlank @Size(max = 500) String textSv, @Size(max = 500) String textEn,
            Instant validFrom, @NotNull Instant validUntil) {
    }

    public record Published(UUID id, String textSv, String textEn, Instant validFrom, Instant validUntil,
            String publishedBy, Instant publishedAt, String withdrawnBy, Instant withdrawnAt) {
        static Published of(CrisisMessage m) {
            return new Published(m.id, m.textSv, m.textEn, m.validFrom, m.validUntil, m.publishedBy, m.publishedAt,
                    m.withdrawnBy, m.withdrawnAt);
        }
    }

    @GET
    public List<Published> latest() {
        return CrisisMessage.<CrisisMessage>findAll(Sort.descending("publishedAt")).page(0, 50).list().stream()
                .map(Published::of).toList();
    }

    @POST
    @Transactional
    public Response publish(@Valid @NotNull Publication publication) {
        Instant now = clock.instant();
        Instant from = publication.validFrom() == null ? now : publication.validFrom();
        if (!publication.validUntil().isAfter(from) || !publication.validUntil().isAfter(now)
                || Duration.between(from, publication.validUntil()).compareTo(LONGEST) > 0) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Invalid period")
                    .withDetail("A crisis message must end in the future, after it starts, within a month")
                    .with("field", "validUntil").build();
        }
        CrisisMessage message = new CrisisMessage();
        message.id = UUID.randomUUID();
        message.textSv = publication.textSv().strip();
        message.textEn = publication.textEn() == null || publication.textEn().isBlank() ? null
                : publication.textEn().strip();
        message.validFrom = from;
        message.validUntil = publication.validUntil();
        message.publishedBy = identity.getPrincipal().getName();
        message.publishedAt = now;
        message.persist();
        outbox.publish(new CrisisMessagePublished(message.id, now, from, message.validUntil, message.textSv,
                message.textEn));
        return Response.created(URI.create("/api/crisis-messages/" + message.id)).entity(Published.of(message))
                .build();
    }

    @POST
    @Path("/{id}/withdrawal")
    @Consumes(MediaType.WILDCARD)
    @Transactional
    public Published withdraw(@PathParam("id") UUID id) {
        CrisisMessage message = CrisisMessage.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such crisis message")
                    .withDetail("There is no crisis message with this id").build();
        }
        if (message.withdrawnAt == null) {
            message.withdrawnAt = clock.instant();
            message.withdrawnBy = identity.getPrincipal().getName();
            outbox.publish(new CrisisMessageWithdrawn(id, message.withdrawnAt));
        }
        return Published.of(message);
    }
}
