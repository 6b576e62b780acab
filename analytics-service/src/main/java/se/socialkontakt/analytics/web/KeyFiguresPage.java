package se.socialkontakt.analytics.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.socialkontakt.analytics.kpi.Figure;
import se.socialkontakt.analytics.kpi.FigureLabels;
import se.socialkontakt.analytics.kpi.FigureService;
import se.socialkontakt.analytics.kpi.Filters;
import se.socialkontakt.analytics.kpi.Period;

import java.text.NumberFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/**
 * The year's key figures for residents, without login: the strategy asks for openness about how the services work
 * and what they achieve. The same figures as the dashboard's tiles, year to date against the same days of last year,
 * with plain explanations; suppressed below five events exactly as on the dashboard. Rendered on the server, so it
 * works without JavaScript.
 */
@Path("/nyckeltal")
@PermitAll
public class KeyFiguresPage {
    private final FigureService figures;
    private final DashboardMessages swedish;
    private final DashboardMessages english;
    private final Clock clock;

    KeyFiguresPage(FigureService figures, DashboardMessages swedish, @Localized("en") DashboardMessages english,
            Clock clock) {
        this.figures = figures;
        this.swedish = swedish;
        this.english = english;
        this.clock = clock;
    }

    /** A figure as a resident reads it; a null value was suppressed. */
    public record Line(String name, String explanation, String value, String lastYear) {
    }

    public record View(String lang, int year, String counted, List<Line> lines) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance keyFigures(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("lang") String lang) {
        boolean inEnglish = "en".equals(lang);
        Locale locale = inEnglish ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE");
        FigureLabels texts = FigureLabels.of(locale);
        LocalDate today = LocalDate.now(clock.withZone(figures.zone()));
        // Year to date, against the same days of last year: a whole last year would not compare with a part of this.
        Period soFar = Period.toDate(Period.Kind.YEAR, today.plusDays(1));
        List<Figure> year = figures.figures(soFar, Filters.NONE);
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(1);
        List<Line> lines = DashboardPage.TILES.stream().map(key -> {
            Figure figure = year.stream().filter(f -> f.key().equals(key)).findFirst().orElse(null);
            return new Line(texts.label(key), texts.text(key + ".explanation"),
                    figure == null || figure.suppressed() ? null : numbers.format(figure.value()),
                    figure == null || figure.previousSuppressed() ? null : numbers.format(figure.previousYear()));
        }).toList();
        String counted = today.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale));
        return Templates.keyFigures(new View(locale.getLanguage(), today.getYear(), counted, lines))
                .setAttribute("locale", locale).setAttribute("messages", inEnglish ? english : swedish);
    }
}
