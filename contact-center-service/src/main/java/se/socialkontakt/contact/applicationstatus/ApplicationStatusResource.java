package se.socialkontakt.contact.applicationstatus;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.support.audit.Audit;

import java.time.Instant;
import java.util.List;

/**
 * Lets an agent tell an identified caller where their housing application stands: its status and what happens next,
 * never its content. Found by the reference the caller quotes, after the agent has said how the caller was
 * identified; every look-up is audited with that, found or not.
 */
@Path("/api/application-status")
@RolesAllowed("agent")
public class ApplicationStatusResource {
    private final EntityManager entityManager;
    private final Audit audit;
    private final SecurityIdentity identity;

    ApplicationStatusResource(EntityManager entityManager, Audit audit, SecurityIdentity identity) {
        this.entityManager = entityManager;
        this.audit = audit;
        this.identity = identity;
    }

    /** {@code next} is a code the console explains in plain words (see the agent console's texts). */
    public record Status(String reference, String status, Instant statusAt, Instant submittedAt, Instant decidedAt,
            String decision, String next) {
    }

    @GET
    @Path("/{reference}")
    @Produces(MediaType.APPLICATION_JSON)
    // A look-up that finds nothing is audited too: its "not found" must not roll the audit entry back.
    @Transactional(dontRollbackOn = HttpProblem.class)
    @SuppressWarnings("unchecked")
    public Status lookUp(@PathParam("reference") @Pattern(regexp = "SB-[0-9]{4}-[0-9]{6}") String reference,
            @QueryParam("identifiedBy") String identifiedBy) {
        CallerIdentification identification = CallerIdentification.named(identifiedBy);
        List<Object[]> rows = entityManager.createNativeQuery("""
                SELECT status, status_at, submitted_at, decided_at, decision FROM application_status
                WHERE reference = ?1""").setParameter(1, reference).getResultList();
        String identified = "caller identified by " + identification;
        audit.record(identity.getPrincipal().getName(), "READ_APPLICATION_STATUS", reference,
                rows.isEmpty() ? "not found; " + identified : identified);
        if (rows.isEmpty()) {
            throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such application")
                    .withDetail("No submitted application has this reference").build();
        }
        Object[] row = rows.get(0);
        String status = (String) row[0];
        return new Status(reference, status, (Instant) row[1], (Instant) row[2], (Instant) row[3], (String) row[4],
                nextStep(status));
    }

    static String nextStep(String status) {
        return switch (status) {
            case "SUBMITTED", "REGISTERED" -> "ASSESSOR_WILL_BE_ASSIGNED";
            case "UNDER_INVESTIGATION", "SUPPLEMENTED" -> "ASSESSOR_INVESTIGATES";
            case "AWAITING_SUPPLEMENT" -> "APPLICANT_SHOULD_ANSWER_REQUEST";
            case "DECIDED" -> "DECISION_SENT_APPEAL_WITHIN_THREE_WEEKS";
            case "APPEALED" -> "APPEAL_GOES_TO_COMMITTEE";
            case "OFFER_MADE" -> "APPLICANT_ANSWERS_OFFER";
            default -> "NOTHING_MORE";
        };
    }
}
