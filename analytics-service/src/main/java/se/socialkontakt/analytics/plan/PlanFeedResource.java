package se.socialkontakt.analytics.plan;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The annual plan as a calendar feed staff subscribe to. A calendar client sends no bearer token, so the feed is
 * reached through a secret address each member of staff makes (and revokes) here (see {@link PlanFeeds}).
 */
@Path("/api/plan/feed")
@RolesAllowed({ "communicator", "manager", "admin" })
public class PlanFeedResource {
    static final String CALENDAR = "text/calendar";

    private final PlanFeeds feeds;
    private final Plans plans;
    private final PlanCalendar calendar;
    private final SecurityIdentity identity;
    private final ZoneId zone;
    private final Clock clock;

    PlanFeedResource(PlanFeeds feeds, Plans plans, PlanCalendar calendar, SecurityIdentity identity,
            @ConfigProperty(name = "socialkontakt.analytics.zone") ZoneId zone, Clock clock) {
        this.feeds = feeds;
        this.plans = plans;
        this.calendar = calendar;
        this.identity = identity;
        this.zone = zone;
        this.clock = clock;
    }

    /** The address is shown this once. */
    public record Feed(String address) {
    }

    /** Makes the caller's secret feed address; an earlier one stops working. */
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public Feed issue(@Context UriInfo uri) {
        String token = feeds.issue(identity.getPrincipal().getName());
        return new Feed(uri.getBaseUriBuilder().path("api/plan/feed/{token}.ics").build(token).toString());
    }

    @DELETE
    public Response revoke() {
        feeds.revoke(identity.getPrincipal().getName());
        return Response.noContent().build();
    }

    /** Last year, this year and next: what a calendar looks back on and plans ahead for. */
    @GET
    @Path("/{token}.ics")
    @PermitAll
    @Produces(CALENDAR)
    public Response feed(@PathParam("token") String token) {
        if (!feeds.valid(token)) {
            throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such feed")
                    .withDetail("This calendar address does not exist or was revoked").build();
        }
        int year = LocalDate.now(clock.withZone(zone)).getYear();
        String body = calendar.write(plans.between(LocalDate.of(year - 1, 1, 1), LocalDate.of(year + 1, 12, 31)));
        return Response.ok(body, CALENDAR + ";charset=utf-8").header("Cache-Control", "private, no-store").build();
    }
}
