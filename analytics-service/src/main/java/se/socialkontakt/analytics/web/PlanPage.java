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
import se.socialkontakt.analytics.plan.Activity;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The communicators' page: the shared annual plan month by month, each goal's communication plan, and the secret
 * calendar address. Like the dashboard it holds no data itself; its script fetches it after sign-in.
 */
@Path("/plan")
@PermitAll
public class PlanPage {
    private final PlanMessages swedish;
    private final PlanMessages english;
    private final StaffSignIn signIn;

    PlanPage(PlanMessages swedish, @Localized("en") PlanMessages english, StaffSignIn signIn) {
        this.swedish = swedish;
        this.english = english;
        this.signIn = signIn;
    }

    public record View(String lang, String authServerUrl, String clientId, List<String> months,
            List<String> statuses) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plan(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("lang") String lang) {
        boolean inEnglish = "en".equals(lang);
        Locale locale = inEnglish ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        List<String> months = Arrays.stream(Month.values())
                .map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE, locale))
                .map(name -> name.substring(0, 1).toUpperCase(locale) + name.substring(1)).toList();
        List<String> statuses = Arrays.stream(Activity.Status.values()).map(Enum::name).toList();
        return Templates.plan(new View(locale.getLanguage(), signIn.authServerUrl(), signIn.clientId(), months, statuses))
                .setAttribute("locale", locale).setAttribute("messages", inEnglish ? english : swedish);
    }
}
