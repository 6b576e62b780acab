package se.socialkontakt.analytics.kpi;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.analytics.goal.GoalProgress;
import se.socialkontakt.documents.TaggedPdf;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The printable follow-up report for the committee: the key figures of a period beside the same period a year
 * earlier, each explained in plain words, and the goals' progress. A tagged PDF (openhtmltopdf from Qute).
 */
@Path("/api/figures/report.pdf")
@RolesAllowed({ "manager", "admin" })
public class ReportResource {
    /** The figures the committee follows, in the order the report shows them. */
    static final List<String> KEY_FIGURES = List.of("contacts.total", "contacts.answeredWithin1WorkingDay.share",
            "contacts.firstResponse.workingMinutes.median", "contacts.resolvedAtFirstContact.share",
            "contacts.slaBreaches", "chat.queued", "chat.answered", "chat.abandoned", "chat.wait.seconds.median",
            "chat.helped.share", "housing.submitted", "housing.digitalShare.share",
            "housing.decision.workingDays.median", "housing.decisionsNotCarriedOutWithin3Months", "feedback.received",
            "feedback.acknowledgedWithin2WorkingDays.share", "feedback.answeredWithin10WorkingDays.share", "faq.views",
            "faq.helpful.share", "faq.contactsPer1000Views");

    private final FigureService figures;
    private final GoalProgress goals;
    private final Clock clock;

    ReportResource(FigureService figures, GoalProgress goals, Clock clock) {
        this.figures = figures;
        this.goals = goals;
        this.clock = clock;
    }

    public record Line(String name, String explanation, String value, String yearEarlier) {
    }

    public record Report(String lang, ResourceBundle texts, Period period, List<Line> lines,
            List<GoalProgress.Progress> goals) {
        public String text(String key) {
            return texts.getString(key);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report);
    }

    @GET
    @Produces("application/pdf")
    public Response pdf(@QueryParam("period") @DefaultValue("QUARTER") @NotNull Period.Kind kind,
            @QueryParam("date") LocalDate date, @QueryParam("lang") @Pattern(regexp = "sv|en") String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        ResourceBundle texts = ResourceBundle.getBundle("figures.figures", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Period period = Period.of(kind, date == null ? LocalDate.now(clock.withZone(figures.zone())) : date);
        Map<String, Figure> byKey = figures.figures(period, Filters.NONE).stream()
                .collect(Collectors.toMap(Figure::key, Function.identity()));
        String fewer = texts.getString("report.fewer");
        List<Line> lines = KEY_FIGURES.stream().map(key -> {
            Figure f = byKey.get(key);
            return new Line(texts.getString(key + ".name"), texts.getString(key + ".explanation"),
                    f == null || f.suppressed() ? fewer : format(f.value()),
                    f == null || f.previousSuppressed() ? fewer : format(f.previousYear()));
        }).toList();
        String xhtml = Templates.report(new Report(locale.getLanguage(), texts, period, lines, goals.progress()))
                .render();
        return Response.ok(TaggedPdf.fromXhtml(xhtml)).header("Content-Disposition",
                "attachment; filename=\"uppfoljning-%s.pdf\"".formatted(period.start())).build();
    }

    private static String format(Double value) {
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.format(Locale.ROOT, "%.1f", value);
    }
}
