package se.socialkontakt.contact.web;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

/** Every page is Swedish unless {@code ?lang=en}; anything else asked for gets Swedish too. */
@ApplicationScoped
public class Languages {
    /** The reader's language and the pages' texts in it. */
    public record Language(Locale locale, ContactMessages messages, StaffMessages staff) {
        public String code() {
            return locale.getLanguage();
        }

        public boolean english() {
            return Locale.ENGLISH.equals(locale);
        }
    }

    private final Language swedish;
    private final Language english;

    Languages(ContactMessages swedishTexts, @Localized("en") ContactMessages englishTexts, StaffMessages swedishStaff,
            @Localized("en") StaffMessages englishStaff) {
        swedish = new Language(Locale.forLanguageTag("sv"), swedishTexts, swedishStaff);
        english = new Language(Locale.ENGLISH, englishTexts, englishStaff);
    }

    public Language of(String lang) {
        return "en".equals(lang) ? english : swedish;
    }
}
