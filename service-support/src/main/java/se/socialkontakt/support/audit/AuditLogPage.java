package se.socialkontakt.support.audit;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Locale;

/**
 * The page that searches this service's audit log, the same in every service. It holds nothing from the log: its
 * script (/socialkontakt/audit-log.js) signs in through the service's browser client and calls {@code /api/audit}.
 * Swedish unless {@code ?lang=en}.
 */
@Path(AuditLogPage.PATH)
@PermitAll
public class AuditLogPage {
    static final String PATH = "/loggranskning";

    private final AuditMessages swedish;
    private final AuditMessages english;
    private final AuditConfig config;
    private final String authServerUrl;
    private final String service;

    AuditLogPage(AuditMessages swedish, @Localized("en") AuditMessages english, AuditConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.swedish = swedish;
        this.english = english;
        this.config = config;
        this.authServerUrl = authServerUrl;
        this.service = service;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance auditLog(View view);
    }

    /** The reader's language, the service's name in it, and where and with which roles the script signs in. */
    public record View(String lang, String path, String service, String authServerUrl, String clientId,
            String readers) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@QueryParam("lang") String lang) {
        Locale locale = Locale.forLanguageTag("en".equals(lang) ? "en" : "sv");
        AuditMessages texts = "en".equals(locale.getLanguage()) ? english : swedish;
        View view = new View(locale.getLanguage(), PATH, serviceName(texts), authServerUrl, config.web().clientId(),
                String.join(" ", config.readers()));
        return Templates.auditLog(view).setAttribute("locale", locale);
    }

    private String serviceName(AuditMessages texts) {
        return switch (service) {
            case "chat-service" -> texts.serviceChat();
            case "eservice-housing" -> texts.serviceHousing();
            case "contact-center-service" -> texts.serviceContactCenter();
            case "analytics-service" -> texts.serviceAnalytics();
            default -> service;
        };
    }
}
