package se.socialkontakt.analytics.trend;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.analytics.kpi.FigureResource;
import se.socialkontakt.analytics.kpi.Filters;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The dashboard's time chart: a figure week by week with the activities and crisis messages of those weeks as
 * markers, and a marker's before and after. For the dashboard's readers, with the dashboard's filters.
 */
@Path("/api/trend")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ "manager", "admin" })
public class TrendResource {
    private final Trends trends;
    private final Markers markers;

    TrendResource(Trends trends, Markers markers) {
        this.trends = trends;
        this.markers = markers;
    }

    /** {@code filtersApply} as for the figures: false when the figure has no dimension the view is narrowed by. */
    public record Trend(String figure, boolean filtersApply, List<Trends.Week> weeks, List<Marker> markers) {
    }

    /** The year of weeks up to the week of {@code until} (today unless given). */
    @GET
    public Trend trend(@QueryParam("figure") @DefaultValue("contacts.total") String figure,
            @QueryParam("until") LocalDate until,
            @QueryParam("channel") @Pattern(regexp = FigureResource.CODE) String channel,
            @QueryParam("unit") @Pattern(regexp = FigureResource.CODE) String unit,
            @QueryParam("lang") @Pattern(regexp = "sv|en") String lang) {
        Filters filters = new Filters(channel, null, null, unit);
        List<Trends.Week> weeks = refusalsAsProblems(() -> trends.weeks(figure,
                until == null ? trends.today() : until, filters));
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        LocalDate first = weeks.get(0).monday();
        LocalDate last = weeks.get(weeks.size() - 1).monday().plusDays(6);
        return new Trend(figure, filters.applyTo(figure), weeks, markers.between(first, last, locale));
    }

    /** The figure in the {@code weeks} weeks before {@code date} and from it, now and 52 weeks earlier. */
    @GET
    @Path("/before-after")
    public BeforeAfter beforeAfter(@QueryParam("figure") @DefaultValue("contacts.total") String figure,
            @QueryParam("date") @NotNull LocalDate date,
            @QueryParam("weeks") @DefaultValue("4") @Min(1) @Max(26) int weeks,
            @QueryParam("channel") @Pattern(regexp = FigureResource.CODE) String channel,
            @QueryParam("unit") @Pattern(regexp = FigureResource.CODE) String unit) {
        return refusalsAsProblems(() -> trends.beforeAfter(figure, date, weeks,
                new Filters(channel, null, null, unit)));
    }

    private static <T> T refusalsAsProblems(Supplier<T> act) {
        try {
            return act.get();
        } catch (UnknownTrendFigure unknown) {
            throw HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST).withTitle("Unknown figure")
                    .with("field", "figure").withDetail(unknown.getMessage()).build();
        }
    }
}
