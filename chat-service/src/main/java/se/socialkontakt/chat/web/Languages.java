package se.socialkontakt.chat.web;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Locale;

/** The pages are Swedish unless {@code ?lang=en}. */
@ApplicationScoped
class Languages {
    /** The reader's language and the chat's texts in it. */
    record Language(Locale locale, ChatMessages messages) {
        String code() {
            return locale.getLanguage();
        }
    }

    private final Language swedish;
    private final Language english;

    Languages(ChatMessages swedish, @Localized("en") ChatMessages english) {
        this.swedish = new Language(Locale.forLanguageTag("sv"), swedish);
        this.english = new Language(Locale.ENGLISH, english);
    }

    Language of(String lang) {
        return "en".equals(lang) ? english : swedish;
    }
}
