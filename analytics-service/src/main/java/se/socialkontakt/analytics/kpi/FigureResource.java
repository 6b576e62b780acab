package se.socialkontakt.analytics.kpi;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.documents.CsvTable;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/** The follow-up figures for management: a period, optional filters, JSON for the dashboard and CSV for Excel. */
@Path("/api/figures")
@RolesAllowed({ "manager", "admin" })
public class FigureResource {
    private static final String CODE = "[A-Z][A-Z0-9_]{0,39}";

    private final FigureService figures;
    private final Clock clock;

    FigureResource(FigureService figures, Clock clock) {
        this.figures = figures;
        this.clock = clock;
    }

    public record View(Period period, Period yearEarlier, Filters filters, List<Figure> figures) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public View view(@QueryParam("period") @DefaultValue("MONTH") @NotNull Period.Kind kind,
            @QueryParam("date") LocalDate date,
            @QueryParam("channel") @Pattern(regexp = CODE) String channel,
            @QueryParam("category") @Pattern(regexp = CODE) String category,
            @QueryParam("targetGroup") @Pattern(regexp = CODE) String targetGroup,
            @QueryParam("unit") @Pattern(regexp = CODE) String unit) {
        Period period = Period.of(kind, date == null ? LocalDate.now(clock.withZone(figures.zone())) : date);
        Filters filters = new Filters(channel, category, targetGroup, unit);
        return new View(period, period.yearEarlier(), filters, figures.figures(period, filters));
    }

    /** The same view as CSV; a suppressed figure says "fewer than 5" instead of a number. */
    @GET
    @Path("/export.csv")
    @Produces("text/csv; charset=utf-8")
    public Response csv(@QueryParam("period") @DefaultValue("MONTH") @NotNull Period.Kind kind,
            @QueryParam("date") LocalDate date,
            @QueryParam("channel") @Pattern(regexp = CODE) String channel,
            @QueryParam("category") @Pattern(regexp = CODE) String category,
            @QueryParam("targetGroup") @Pattern(regexp = CODE) String targetGroup,
            @QueryParam("unit") @Pattern(regexp = CODE) String unit) {
        View view = view(kind, date, channel, category, targetGroup, unit);
        String csv = CsvTable.write(List.of("figure", "period_start", "value", "year_earlier", "events"),
                view.figures().stream().map(f -> Arrays.<Object>asList(f.key(), view.period().start(),
                        f.suppressed() ? "fewer than 5" : f.value(),
                        f.previousSuppressed() ? "fewer than 5" : f.previousYear(), f.suppressed() ? "" : f.basis()))
                        .toList());
        return Response.ok(csv).header("Content-Disposition",
                "attachment; filename=\"uppfoljning-%s-%s.csv\"".formatted(kind.name().toLowerCase(), view.period().start()))
                .build();
    }
}
