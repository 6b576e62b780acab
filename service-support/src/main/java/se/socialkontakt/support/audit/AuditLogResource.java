package se.socialkontakt.support.audit;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Searches this service's audit log: who read or did what, about which case, conversation or list, when and why.
 * Only the roles in {@code socialkontakt.audit.readers} may search (each service names its own), and every search is
 * itself written to the log. It answers with exactly what the entries hold, nothing looked up beside them.
 */
@Path("/api/audit")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("${socialkontakt.audit.readers}")
public class AuditLogResource {
    static final String SEARCHED = "SEARCHED_AUDIT_LOG";
    static final String LOG = "audit-log";
    private static final String DAY = "\\d{4}-\\d{2}-\\d{2}";
    // Numbers as patterns: a word where a number goes must be a 400, and JAX-RS answers an unconvertible one with 404.
    private static final String PAGE = "\\d{1,4}";
    private static final String PAGE_SIZE = "[1-9]\\d?|100";

    private final AuditSearch search;
    private final Audit audit;
    private final SecurityIdentity identity;

    AuditLogResource(AuditSearch search, Audit audit, SecurityIdentity identity) {
        this.search = search;
        this.audit = audit;
        this.identity = identity;
    }

    public record Line(Instant at, String actor, String action, String subject, String detail) {
    }

    /** One page, newest first; {@code more} tells whether older entries follow. */
    public record Page(List<Line> entries, int page, int size, boolean more) {
    }

    @GET
    @Transactional
    public Page search(@QueryParam("actor") @Size(max = 100) String actor,
            @QueryParam("subject") @Size(max = 100) String subject,
            @QueryParam("action") @Size(max = 40) String action,
            @QueryParam("from") @Pattern(regexp = DAY) String from,
            @QueryParam("to") @Pattern(regexp = DAY) String to,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = PAGE) String pageNumber,
            @QueryParam("size") @DefaultValue("50") @Pattern(regexp = PAGE_SIZE) String pageSize) {
        AuditSearch.Criteria criteria = criteria(actor, subject, action, from, to);
        int page = Integer.parseInt(pageNumber);
        int size = Integer.parseInt(pageSize);
        AuditSearch.Found found = search.find(criteria, page, size);
        audit.record(identity.getPrincipal().getName(), SEARCHED, LOG, criteria.describe() + " page=" + page);
        return new Page(found.entries().stream().map(e -> new Line(e.at, e.actor, e.action, e.subject, e.detail))
                .toList(), page, size, found.more());
    }

    private static AuditSearch.Criteria criteria(String actor, String subject, String action, String from,
            String to) {
        try {
            return new AuditSearch.Criteria(actor, subject, action, day(from), day(to));
        } catch (DateTimeParseException noSuchDay) {
            throw badRequest("'from' and 'to' must be days of the calendar, as 2026-12-31");
        } catch (AuditSearch.InvertedPeriod inverted) {
            throw badRequest("'from' must not come after 'to'");
        }
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static HttpProblem badRequest(String detail) {
        return HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Bad Request")
                .withDetail(detail).build();
    }
}
