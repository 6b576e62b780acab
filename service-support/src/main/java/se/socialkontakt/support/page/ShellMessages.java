package se.socialkontakt.support.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the page shell every service's pages share (templates/socialkontakt/page.html), in Swedish;
 * English in messages/shell_en.properties (keep the two side by side).
 */
@MessageBundle(value = "shell", locale = "sv")
public interface ShellMessages {
    @Message("Till innehållet")
    String skipToContent();

    @Message("Socialtjänsten – Socialkontakt")
    String banner();

    @Message("In English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();
}
