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
import se.socialkontakt.analytics.kpi.FigureLabels;
import se.socialkontakt.analytics.trend.Trends;
import se.socialkontakt.events.ContactCaseOpened;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The management dashboard. The page holds no figures, so anyone may load it: after the manager signs in
 * (Keycloak, PKCE, /socialkontakt/staff-login.js) its script fetches the figures with the token and listens on
 * /ws/dashboard for new events. Swedish unless {@code ?lang=en}.
 */
@Path("/")
@PermitAll
public class DashboardPage {
    /** The tiles, in the order the committee reads them; their names come from the report's texts. */
    static final List<String> TILES = List.of("contacts.total", "contacts.answeredWithin1WorkingDay.share",
            "contacts.resolvedAtFirstContact.share", "contacts.slaBreaches", "chat.answered", "chat.abandoned",
            "chat.wait.seconds.median", "chat.helped.share", "housing.submitted", "housing.digitalShare.share",
            "housing.decision.workingDays.median", "feedback.answeredWithin10WorkingDays.share", "faq.views",
            "faq.contactsPer1000Views");
    /** Every channel the contract knows, so that a channel added to it shows without touching the page. */
    static final List<String> CHANNELS = Arrays.stream(ContactCaseOpened.Channel.values()).map(Enum::name).toList();
    static final List<String> UNITS = List.of("CHILDREN_FAMILY", "ADULTS", "FINANCIAL_AID", "ELDERLY", "DISABILITY",
            "ADDICTION");

    private final DashboardMessages swedish;
    private final DashboardMessages english;
    private final StaffSignIn signIn;

    DashboardPage(DashboardMessages swedish, @Localized("en") DashboardMessages english, StaffSignIn signIn) {
        this.swedish = swedish;
        this.english = english;
        this.signIn = signIn;
    }

    public record Tile(String key, String name) {
    }

    /** {@code trendFigures}: the figures the time chart can show. */
    public record View(String lang, String authServerUrl, String clientId, List<Tile> tiles, List<String> channels,
            List<String> units, List<Tile> trendFigures) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance dashboardPage(@QueryParam("lang") String lang) {
        boolean inEnglish = "en".equals(lang);
        Locale locale = inEnglish ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        FigureLabels names = FigureLabels.of(locale);
        List<Tile> tiles = TILES.stream().map(key -> new Tile(key, names.label(key))).toList();
        List<Tile> trendFigures = Trends.FIGURES.stream().map(key -> new Tile(key, names.label(key))).toList();
        return Templates.dashboard(new View(locale.getLanguage(), signIn.authServerUrl(), signIn.clientId(), tiles,
                        CHANNELS, UNITS, trendFigures))
                .setAttribute("locale", locale).setAttribute("messages", inEnglish ? english : swedish);
    }
}
