package se.socialkontakt.contact.web;

import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.socialkontakt.contact.web.Languages.Language;

/** Where every page resource starts: the reader's language and the frame the layout draws around the page. */
@ApplicationScoped
public class Pages {
    /** One page being rendered for one reader. */
    public record Page(Language language, Frame frame) {
        /** The message bundles (msg:, staff:) answer in the reader's language. */
        public TemplateInstance localized(TemplateInstance template) {
            return template.setAttribute("locale", language.locale());
        }
    }

    private final Languages languages;
    private final String zone;

    Pages(Languages languages, @ConfigProperty(name = "socialkontakt.contact.zone") String zone) {
        this.languages = languages;
        this.zone = zone;
    }

    public Page at(String path, String lang) {
        Language language = languages.of(lang);
        return new Page(language, new Frame(language.code(), path, zone));
    }
}
