package se.socialkontakt.analytics.evaluation;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.socialkontakt.documents.TaggedPdf;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

/**
 * A pilot's evaluation for management: JSON for its page, and the committee's tagged PDF (openhtmltopdf from Qute,
 * as the follow-up report) with the same six-month comparison.
 */
@Path("/api/evaluation")
@RolesAllowed({ "manager", "admin" })
public class PilotEvaluationResource {
    /** A service's code and an ISO date, bounded so that a problem never repeats a long input back. */
    private static final String CODE = "[A-Z][A-Z0-9_]{0,39}";
    private static final int DATE_LENGTH = 10;

    private final PilotEvaluation evaluation;

    PilotEvaluationResource(PilotEvaluation evaluation) {
        this.evaluation = evaluation;
    }

    /** A figure's line in the PDF, its values written out: a suppressed one is null. */
    public record Line(String key, String before, String after) {
    }

    /** What the PDF says, its days as ISO dates. */
    public record Report(String lang, String service, String launch, String beforeFrom, String beforeTo,
            String afterFrom, String afterTo, String afterEnds, boolean afterComplete, List<Line> lines) {

        static Report of(Locale locale, PilotEvaluation.Evaluation evaluation, List<Line> lines) {
            PilotWindows windows = evaluation.windows();
            return new Report(locale.getLanguage(), evaluation.service().name(), windows.launch().toString(),
                    windows.before().start().toString(), windows.before().lastDay().toString(),
                    windows.after().start().toString(), windows.after().lastDay().toString(),
                    windows.afterEnds().toString(), windows.afterComplete(), lines);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance report(Report report);
    }

    @GET
    @Path("/pilot")
    @Produces(MediaType.APPLICATION_JSON)
    public PilotEvaluation.Evaluation view(@QueryParam("service") @NotNull @Pattern(regexp = CODE) String service,
            @QueryParam("launch") @NotNull @Size(max = DATE_LENGTH) String launch) {
        return evaluated(service, launch);
    }

    @GET
    @Path("/pilot.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("service") @NotNull @Pattern(regexp = CODE) String service,
            @QueryParam("launch") @NotNull @Size(max = DATE_LENGTH) String launch,
            @QueryParam("lang") @Pattern(regexp = "sv|en") String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE");
        PilotEvaluation.Evaluation evaluated = evaluated(service, launch);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        List<Line> lines = evaluated.figures().stream().map(figure -> new Line(figure.key(),
                shown(figure.before(), numbers), shown(figure.after(), numbers))).toList();
        String xhtml = Templates.report(Report.of(locale, evaluated, lines))
                .setAttribute("locale", locale).render();
        return Response.ok(TaggedPdf.fromXhtml(xhtml)).header("Content-Disposition",
                "attachment; filename=\"pilotutvardering-%s-%s.pdf\"".formatted(evaluated.service().name(),
                        evaluated.windows().launch())).build();
    }

    private static String shown(Comparison.Side side, NumberFormat numbers) {
        return side.suppressed() ? null : numbers.format(side.value());
    }

    private PilotEvaluation.Evaluation evaluated(String service, String launch) {
        try {
            return evaluation.evaluate(service, launch);
        } catch (EvaluationRefusal refusal) {
            throw switch (refusal.reason()) {
                case UNKNOWN_SERVICE -> HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                        .withTitle("Unknown service").with("field", "service").withDetail(refusal.getMessage()).build();
                case BAD_DATE -> HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                        .withTitle("Not a date").with("field", "launch").withDetail(refusal.getMessage()).build();
                case LAUNCH_AHEAD -> HttpProblem.builder().withStatus(Response.Status.BAD_REQUEST)
                        .withTitle("Launch ahead").with("field", "launch").withDetail(refusal.getMessage()).build();
            };
        }
    }
}
