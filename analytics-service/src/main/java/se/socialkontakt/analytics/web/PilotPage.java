package se.socialkontakt.analytics.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import se.socialkontakt.analytics.evaluation.PilotService;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The pilot evaluation: a service and its launch day, and its figures six months before against six months after,
 * with the committee's PDF. Like the dashboard it holds no figures itself; its script fetches them after sign-in.
 */
@Path("/pilotutvardering")
@PermitAll
public class PilotPage {
    private final StaffSignIn signIn;

    PilotPage(StaffSignIn signIn) {
        this.signIn = signIn;
    }

    /** The table has a row for every figure of any service; the script shows those of the service evaluated. */
    public record View(String lang, String authServerUrl, String clientId, List<String> services,
            List<String> figureKeys) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance pilot(View view);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("lang") String lang) {
        Locale locale = "en".equals(lang) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
        List<String> services = Arrays.stream(PilotService.values()).map(Enum::name).toList();
        List<String> figureKeys = Arrays.stream(PilotService.values())
                .flatMap(service -> service.figureKeys().stream()).distinct().toList();
        return Templates.pilot(new View(locale.getLanguage(), signIn.authServerUrl(), signIn.clientId(), services,
                figureKeys)).setAttribute("locale", locale);
    }
}
