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
import java.util.Locale;

/** The follow-up figures for management: a period, optional filters, JSON for the dashboard and CSV for Excel. */
@Path("/api/figures")
@RolesAllowed({ "manager", "admin" })
public class FigureResource {
    /** A code of a channel, category, target group or unit, as the filters take it. */
    public static final String CODE = "[A-Z][A-Z0-9_]{0,39}";

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

    /**
     * The same view as CSV. By default for Excel with Swedish settings (semicolons, decimal comma, a byte order mark,
     * Swedish headers and names); {@code format=machine} gives the English, comma-separated variant with the figures'
     * keys for programs. A suppressed figure says "fewer than 5" instead of a number.
     */
    @GET
    @Path("/export.csv")
    @Produces("text/csv; charset=utf-8")
    public Response csv(@QueryParam("period") @DefaultValue("MONTH") @NotNull Period.Kind kind,
            @QueryParam("date") LocalDate date,
            @QueryParam("channel") @Pattern(regexp = CODE) String channel,
            @QueryParam("category") @Pattern(regexp = CODE) String category,
            @QueryParam("targetGroup") @Pattern(regexp = CODE) String targetGroup,
            @QueryParam("unit") @Pattern(regexp = CODE) String unit,
            @QueryParam("format") @DefaultValue("excel") @Pattern(regexp = "excel|machine") String format) {
        View view = view(kind, date, channel, category, targetGroup, unit);
        String period = kind.name().toLowerCase(Locale.ROOT) + "-" + view.period().start();
        if (format.equals("machine")) {
            String csv = CsvTable.write(List.of("figure", "period_start", "value", "year_earlier", "events"),
                    view.figures().stream().map(f -> Arrays.<Object>asList(f.key(), view.period().start(),
                            f.suppressed() ? "fewer than 5" : f.value(),
                            f.previousSuppressed() ? "fewer than 5" : f.previousYear(), f.suppressed() ? "" : f.basis()))
                            .toList());
            return attachment(csv, "figures-" + period + ".csv");
        }
        FigureLabels labels = FigureLabels.of(Locale.forLanguageTag("sv"));
        String fewer = labels.text("report.fewer");
        String csv = CsvTable.writeForSwedishExcel(List.of("Nyckeltal", "Kod", "Periodens början", "Värde",
                        "Samma period året innan", "Antal händelser"),
                view.figures().stream().map(f -> Arrays.<Object>asList(labels.label(f.key()), f.key(),
                        view.period().start(), f.suppressed() ? fewer : CsvTable.swedishNumber(f.value()),
                        f.previousSuppressed() ? fewer : CsvTable.swedishNumber(f.previousYear()),
                        f.suppressed() ? "" : f.basis())).toList());
        return attachment(csv, "uppfoljning-" + period + ".csv");
    }

    private static Response attachment(String csv, String fileName) {
        return Response.ok(csv).header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }
}
