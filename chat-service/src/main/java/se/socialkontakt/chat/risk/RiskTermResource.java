package se.socialkontakt.chat.risk;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.socialkontakt.chat.conversation.Conversation.RiskLevel;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Swedish keyword and emoji lists that flag messages; supervisors and admins keep them. */
@Path("/api/risk-terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "supervisor", "admin" })
public class RiskTermResource {
    private final RiskService risk;

    RiskTermResource(RiskService risk) {
        this.risk = risk;
    }

    public record Term(@NotBlank @Size(max = 100) String term, @NotNull Level level) {
    }

    /** A flag level; NONE is not a level a term can have. */
    public enum Level {
        ELEVATED, HIGH
    }

    @GET
    public List<Term> riskTerms() {
        return risk.terms().stream().sorted(Comparator.comparing((RiskTerm t) -> t.term))
                .map(t -> new Term(t.term, Level.valueOf(t.level.name()))).toList();
    }

    @PUT
    public List<Term> replaceRiskTerms(@NotNull @Size(max = 1000) List<@Valid @NotNull Term> terms) {
        Map<String, RiskLevel> byTerm = new LinkedHashMap<>();
        terms.forEach(t -> byTerm.merge(t.term().strip(), RiskLevel.valueOf(t.level().name()), RiskLevel::atLeast));
        risk.replaceTerms(byTerm);
        return riskTerms();
    }
}
