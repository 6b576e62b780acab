package se.socialkontakt.contact.contactcase;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.contact.routing.Routing;

/**
 * Who may see and work a case: agents every case; a handler only the cases routed to a unit they work in. A
 * refusal does not tell whether the case exists.
 */
@RequestScoped
public class CaseAccess {
    private final SecurityIdentity identity;
    private final Routing routing;

    CaseAccess(SecurityIdentity identity, Routing routing) {
        this.identity = identity;
        this.routing = routing;
    }

    public String user() {
        return identity.getPrincipal().getName();
    }

    public void mayWork(ContactCase contactCase) {
        if (identity.hasRole("agent")) {
            return;
        }
        if (identity.hasRole("handler") && contactCase.unit != null
                && routing.unitsOf(user()).contains(contactCase.unit)) {
            return;
        }
        throw CaseService.notFound();
    }

    public void mayReadUnit(String unit) {
        if (!routing.unitsOf(user()).contains(unit)) {
            throw HttpProblem.builder().withStatus(Response.Status.FORBIDDEN).withTitle("Not your unit")
                    .withDetail("You do not work in the list of " + unit).build();
        }
    }
}
