package se.socialkontakt.chat.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The counsellors' and supervisors' console. The page itself holds nothing personal, so anyone may load it: its
 * script (META-INF/resources/chat/console.js) signs in through Keycloak with PKCE (/socialkontakt/staff-login.js)
 * and every call it makes carries the token. Swedish unless {@code ?lang=en}.
 */
@Path("/console")
@PermitAll
public class ConsolePage {
    private final Languages languages;
    private final String authServerUrl;
    private final String clientId;
    private final int maxLength;

    ConsolePage(Languages languages,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "socialkontakt.chat.console.client-id", defaultValue = "chat-web") String clientId,
            @ConfigProperty(name = "socialkontakt.chat.message.max-length") int maxLength) {
        this.languages = languages;
        this.authServerUrl = authServerUrl;
        this.clientId = clientId;
        this.maxLength = maxLength;
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance console(ConsoleView view);
    }

    /** Where to sign in, and the labels the console shows for a conversation's age band and topics. */
    public record ConsoleView(String lang, String authServerUrl, String clientId, int maxLength, Choices choices) {
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance consolePage(@QueryParam("lang") String lang) {
        Languages.Language language = languages.of(lang);
        return Templates.console(new ConsoleView(language.code(), authServerUrl, clientId, maxLength,
                Choices.in(language.messages()))).setAttribute("locale", language.locale());
    }
}
