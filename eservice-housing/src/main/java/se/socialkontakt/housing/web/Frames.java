package se.socialkontakt.housing.web;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.support.contact.SocialServicesContact;

import java.util.Locale;
import java.util.function.Function;

/**
 * What every housing page's layout needs: the reader's language (Swedish unless {@code ?lang=en}), the phone number
 * that is always offered instead of the e-service, and where the scripts sign in.
 */
@ApplicationScoped
public class Frames {
    /**
     * One page's frame. {@code query} is appended to internal links so the language sticks; {@code path} is the page
     * itself, for the link to the other language.
     */
    public record Frame(String lang, String query, String path, String phone, String hours, String authServerUrl,
            String clientId, HousingMessages texts, WizardMessages wizard) {
        /** The page in this frame's language: its message bundle texts follow the template's locale. */
        public TemplateInstance render(TemplateInstance page) {
            return page.setAttribute("locale", Locale.forLanguageTag(lang));
        }
    }

    private final HousingMessages swedish;
    private final HousingMessages english;
    private final WizardMessages swedishWizard;
    private final WizardMessages englishWizard;
    private final SocialServicesContact contact;
    private final String authServerUrl;
    private final String clientId;

    Frames(HousingMessages swedish, @Localized("en") HousingMessages english, WizardMessages swedishWizard,
            @Localized("en") WizardMessages englishWizard,
            SocialServicesContact contact,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") String authServerUrl,
            @ConfigProperty(name = "socialkontakt.housing.web.client-id", defaultValue = "housing-web")
            String clientId) {
        this.swedish = swedish;
        this.english = english;
        this.swedishWizard = swedishWizard;
        this.englishWizard = englishWizard;
        this.contact = contact;
        this.authServerUrl = authServerUrl;
        this.clientId = clientId;
    }

    /** A page in the reader's language: {@code template} renders it in its frame. */
    public TemplateInstance page(String lang, String path, Function<Frame, TemplateInstance> template) {
        Frame frame = of(lang, path);
        return frame.render(template.apply(frame));
    }

    public Frame of(String lang, String path) {
        boolean en = "en".equals(lang);
        Locale locale = Locale.forLanguageTag(en ? "en" : "sv");
        return new Frame(locale.getLanguage(), en ? "?lang=en" : "", path, contact.phoneInText(),
                contact.hours(locale), authServerUrl, clientId, en ? english : swedish,
                en ? englishWizard : swedishWizard);
    }
}
