package se.socialkontakt.contact.delivery;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an answer reaches the resident, from what they gave: published on "Mina kontakter" when they sent the form
 * signed in with e-ID, e-mailed when they gave an e-mail address (both when both), otherwise told on the phone by
 * the member of staff, who then records what they said. Anonymous feedback gets no answer at all.
 */
public enum ReplyRoute {
    PAGE_AND_EMAIL, PAGE, EMAIL, PHONE, NONE;

    /** Loose on purpose: the mail server is the judge; this only tells an address from a telephone number. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public static ReplyRoute of(boolean anonymous, String resident, String replyEmail) {
        if (anonymous) {
            return NONE;
        }
        if (resident != null) {
            return replyEmail != null ? PAGE_AND_EMAIL : PAGE;
        }
        return replyEmail != null ? EMAIL : PHONE;
    }

    /** The contact given, when it is an e-mail address. */
    public static Optional<String> emailIn(Optional<String> contact) {
        return contact.map(String::strip).filter(text -> EMAIL_ADDRESS.matcher(text).matches());
    }

    /** Whether the answer reaches the resident as it is saved; an e-mail alone reaches them once it is sent. */
    public boolean deliveredWhenSaved() {
        return this != EMAIL;
    }

    public boolean mailed() {
        return this == EMAIL || this == PAGE_AND_EMAIL;
    }
}
