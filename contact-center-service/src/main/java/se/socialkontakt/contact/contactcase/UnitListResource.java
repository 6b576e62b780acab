package se.socialkontakt.contact.contactcase;

import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import se.socialkontakt.support.audit.Audit;
import se.socialkontakt.contact.contactcase.CaseViews.CaseLine;
import se.socialkontakt.contact.routing.Routing;

import java.util.List;

/** A unit's list of routed cases for its handlers: escalated (breached) first, then the soonest due. */
@Path("/api/units")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("handler")
public class UnitListResource {
    private final CaseViews views;
    private final CaseAccess access;
    private final Routing routing;
    private final Audit audit;

    UnitListResource(CaseViews views, CaseAccess access, Routing routing, Audit audit) {
        this.views = views;
        this.access = access;
        this.routing = routing;
        this.audit = audit;
    }

    /** The units the handler works in. */
    @GET
    @Path("/mine")
    public List<String> mine() {
        return routing.unitsOf(access.user());
    }

    @GET
    @Path("/{unit}/cases")
    @Transactional
    public List<CaseLine> cases(@PathParam("unit") @Pattern(regexp = "[A-Z][A-Z0-9_]{0,39}") String unit) {
        access.mayReadUnit(unit);
        audit.record(access.user(), "LIST_UNIT", unit, null);
        return ContactCase.<ContactCase>list(
                        "status = ?1 and unit = ?2 order by escalatedAt nulls last, resolutionDue",
                        ContactCase.Status.ROUTED, unit).stream().map(views::line).toList();
    }
}
