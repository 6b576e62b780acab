package se.socialkontakt.analytics.goal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The committee's goals: managers set, change and retire them in the dashboard, and follow their progress. Each
 * act is kept in the goal's history and in the audit log.
 */
@Path("/api/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({ "manager", "admin" })
public class GoalResource {
    private final Goals goals;
    private final GoalProgress progress;
    private final GoalMetrics metrics;
    private final SecurityIdentity identity;

    GoalResource(Goals goals, GoalProgress progress, GoalMetrics metrics, SecurityIdentity identity) {
        this.goals = goals;
        this.progress = progress;
        this.metrics = metrics;
        this.identity = identity;
    }

    public record GoalRequest(@NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "[a-z]+(\\.[A-Za-z0-9_]+){1,4}") String metric,
            @NotNull Goal.Direction direction,
            @NotNull @Min(2000) @Max(2100) Integer baselineYear, @NotNull @DecimalMin("0") BigDecimal baselineValue,
            @NotNull @DecimalMin("0") BigDecimal targetValue, @NotNull @Min(2000) @Max(2100) Integer targetYear,
            @NotBlank @Size(max = 200) String responsible) {

        @JsonIgnore
        @AssertTrue(message = "the target year is the baseline year or later")
        public boolean isTargetAfterBaseline() {
            return baselineYear == null || targetYear == null || targetYear >= baselineYear;
        }

        Goals.Draft draft() {
            return new Goals.Draft(name, metric, direction, baselineYear, baselineValue, targetValue, targetYear,
                    responsible);
        }
    }

    /** A change in the history, with the goal's name (a retired goal's too). */
    public record HistoryEntry(UUID goalId, String goalName, Instant at, String actor, GoalChange.Action action,
            List<GoalChange.Field> fields) {
    }

    /** Year to date against the line to the target, for every goal in force. */
    @GET
    public List<GoalProgress.Progress> progress() {
        return progress.progress();
    }

    /** The figures a goal may follow, named in the page's language. */
    @GET
    @Path("/metrics")
    public List<GoalMetrics.Metric> metrics(@QueryParam("lang") String lang) {
        return metrics.choices("en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("sv"));
    }

    @GET
    @Path("/history")
    public List<HistoryEntry> history() {
        Map<UUID, String> names = Goal.<Goal>listAll().stream()
                .collect(Collectors.toMap(goal -> goal.id, goal -> goal.name));
        return GoalChange.newestFirst().stream().map(change -> (GoalChange) change)
                .map(change -> new HistoryEntry(change.goalId, names.get(change.goalId), change.at, change.actor,
                        change.action, change.fields))
                .toList();
    }

    @POST
    public Response create(@Valid @NotNull GoalRequest request) {
        UUID id = UUID.randomUUID();
        refusalsAsProblems(() -> goals.create(actor(), id, request.draft()));
        return Response.created(URI.create("/api/goals/" + id)).build();
    }

    @PUT
    @Path("/{id}")
    public Response change(@PathParam("id") UUID id, @Valid @NotNull GoalRequest request) {
        refusalsAsProblems(() -> goals.change(actor(), id, request.draft()));
        return Response.noContent().build();
    }

    /** Retires the goal: no longer followed, kept with its history. */
    @POST
    @Path("/{id}/retire")
    @Consumes(MediaType.WILDCARD)
    public Response retire(@PathParam("id") UUID id) {
        refusalsAsProblems(() -> goals.retire(actor(), id));
        return Response.noContent().build();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static void refusalsAsProblems(Runnable act) {
        try {
            act.run();
        } catch (GoalRefusal refusal) {
            throw switch (refusal.reason()) {
                case NO_SUCH_GOAL -> HttpProblem.builder().withStatus(Response.Status.NOT_FOUND)
                        .withTitle("No such goal").withDetail(refusal.getMessage()).build();
                case UNKNOWN_METRIC -> HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                        .withTitle("Unknown figure").with("field", "metric").withDetail(refusal.getMessage()).build();
                case RETIRED -> HttpProblem.builder().withStatus(Response.Status.CONFLICT)
                        .withTitle("Goal retired").withDetail(refusal.getMessage()).build();
            };
        }
    }
}
