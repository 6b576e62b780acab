package se.socialkontakt.analytics.kpi;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import com.fasterxml.jackson.annotation.JsonIgnore;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The committee's goals (admin sets them, managers follow them): each shown as the year-to-date value of its figure
 * against the straight line from nothing on 1 January to the target on 31 December.
 */
@Path("/api/goals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GoalResource {
    private final FigureService figures;
    private final Clock clock;

    GoalResource(FigureService figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public record GoalRequest(@NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "[a-z]+(\\.[A-Za-z0-9_]+){1,4}") String metric,
            @NotNull @Min(2000) @Max(2100) Integer baselineYear, @NotNull @DecimalMin("0") BigDecimal baselineValue,
            @NotNull @DecimalMin("0") BigDecimal targetValue, @NotNull @Min(2000) @Max(2100) Integer targetYear) {

        @JsonIgnore
        @AssertTrue(message = "the target year is the baseline year or later")
        public boolean isTargetAfterBaseline() {
            return baselineYear == null || targetYear == null || targetYear >= baselineYear;
        }
    }

    /** Year to date: the figure so far this year, and where the line to the target stands today. */
    public record Progress(UUID id, String name, String metric, int baselineYear, BigDecimal baselineValue,
            int targetYear, BigDecimal targetValue, Double yearToDate, boolean suppressed, double targetLineToDate) {
    }

    @GET
    @RolesAllowed({ "manager", "admin" })
    public List<Progress> progress() {
        LocalDate today = LocalDate.now(clock.withZone(figures.zone()));
        List<Figure> thisYear = figures.figures(Period.of(Period.Kind.YEAR, today), Filters.NONE);
        double yearElapsed = (today.getDayOfYear()) / (double) today.lengthOfYear();
        List<Progress> progress = new ArrayList<>();
        for (Goal goal : Goal.<Goal>listAll(Sort.by("name"))) {
            Figure figure = thisYear.stream().filter(f -> f.key().equals(goal.metric)).findFirst().orElse(null);
            boolean suppressed = figure == null || figure.suppressed();
            progress.add(new Progress(goal.id, goal.name, goal.metric, goal.baselineYear, goal.baselineValue,
                    goal.targetYear, goal.targetValue, suppressed ? null : figure.value(), suppressed,
                    Math.round(goal.targetValue.doubleValue() * yearElapsed * 100.0) / 100.0));
        }
        return progress;
    }

    @POST
    @RolesAllowed("admin")
    @Transactional
    public Response create(@Valid @NotNull GoalRequest request) {
        Goal goal = new Goal();
        goal.id = UUID.randomUUID();
        goal.name = request.name().strip();
        goal.metric = request.metric();
        goal.baselineYear = request.baselineYear();
        goal.baselineValue = request.baselineValue();
        goal.targetValue = request.targetValue();
        goal.targetYear = request.targetYear();
        goal.createdAt = clock.instant();
        goal.persist();
        return Response.created(URI.create("/api/goals/" + goal.id)).build();
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed("admin")
    @Transactional
    public Response delete(@PathParam("id") UUID id) {
        if (!Goal.deleteById(id)) {
            throw HttpProblem.builder().withStatus(Response.Status.NOT_FOUND).withTitle("No such goal")
                    .withDetail("There is no goal with this id").build();
        }
        return Response.noContent().build();
    }
}
