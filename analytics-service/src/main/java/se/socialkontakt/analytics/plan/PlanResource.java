package se.socialkontakt.analytics.plan;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/** The goals' communication plans and the shared annual plan, kept by communicators and managers. */
@Path("/api/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "communicator", "manager", "admin" })
public class PlanResource {
    private final Plans plans;
    private final SecurityIdentity identity;
    private final ZoneId zone;
    private final Clock clock;

    PlanResource(Plans plans, SecurityIdentity identity,
            @ConfigProperty(name = "socialkontakt.analytics.zone") ZoneId zone, Clock clock) {
        this.plans = plans;
        this.identity = identity;
        this.zone = zone;
        this.clock = clock;
    }

    public record PlanRequest(@NotNull @Size(max = 4000) String purpose, @NotNull @Size(max = 4000) String targetGroups,
            @NotNull @Size(max = 4000) String messages, @NotNull @Size(max = 4000) String channels) {
    }

    public record ActivityRequest(@NotNull LocalDate startsOn, LocalDate endsOn,
            @NotBlank @Size(max = 300) String activity, @NotBlank @Size(max = 200) String targetGroup,
            @NotBlank @Size(max = 200) String responsible, @NotNull Activity.Status status) {

        @JsonIgnore
        @AssertTrue(message = "a period ends on or after its first day")
        public boolean isEndAfterStart() {
            return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
        }

        Plans.ActivityDraft draft() {
            return new Plans.ActivityDraft(startsOn, endsOn, activity, targetGroup, responsible, status);
        }
    }

    /** Every goal in force with its plan's texts. */
    @GET
    @Path("/goals")
    public List<Plans.Overview> goals() {
        return plans.overviews();
    }

    /** The annual plan: every goal's activities in the year (this year if none is given), by their first day. */
    @GET
    public List<Plans.Planned> year(@QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return plans.year(year == null ? LocalDate.now(clock.withZone(zone)).getYear() : year);
    }

    @PUT
    @Path("/goals/{goalId}")
    public Response savePlan(@PathParam("goalId") UUID goalId, @Valid @NotNull PlanRequest request) {
        refusalsAsProblems(() -> {
            plans.savePlan(actor(), goalId, new Plans.Texts(request.purpose(), request.targetGroups(),
                    request.messages(), request.channels()));
            return null;
        });
        return Response.noContent().build();
    }

    @POST
    @Path("/goals/{goalId}/activities")
    public Response addActivity(@PathParam("goalId") UUID goalId, @Valid @NotNull ActivityRequest request) {
        UUID id = refusalsAsProblems(() -> plans.addActivity(actor(), goalId, UUID.randomUUID(), request.draft()));
        return Response.created(URI.create("/api/plan/activities/" + id)).build();
    }

    @PUT
    @Path("/activities/{id}")
    public Response changeActivity(@PathParam("id") UUID id, @Valid @NotNull ActivityRequest request) {
        refusalsAsProblems(() -> {
            plans.changeActivity(actor(), id, request.draft());
            return null;
        });
        return Response.noContent().build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static <T> T refusalsAsProblems(Supplier<T> act) {
        try {
            return act.get();
        } catch (PlanRefusal refusal) {
            throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND)
                    .withTitle(refusal.reason() == PlanRefusal.Reason.NO_SUCH_GOAL ? "No such goal" : "No such activity")
                    .withDetail(refusal.getMessage()).build();
        }
    }
}
