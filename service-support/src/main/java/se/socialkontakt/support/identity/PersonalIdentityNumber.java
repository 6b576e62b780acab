package se.socialkontakt.support.identity;

import dev.personnummer.Personnummer;
import dev.personnummer.PersonnummerException;

import java.util.Optional;

/**
 * A Swedish personal identity number (personnummer or samordningsnummer), checked for format, date and check digit,
 * and kept in one canonical form: twelve digits, century included ({@code 191212121212}).
 */
public final class PersonalIdentityNumber {
    private PersonalIdentityNumber() {
    }

    /** The canonical twelve digits, or empty when the text is not a valid number in any accepted form. */
    public static Optional<String> canonical(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Personnummer.parse(text.strip()).format(true).replace("-", "").replace("+", ""));
        } catch (PersonnummerException e) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String text) {
        return canonical(text).isPresent();
    }
}
