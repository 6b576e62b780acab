package se.socialkontakt.contact.delivery;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The answer mail's texts. Swedish only: the forms do not ask for a language, and the answer itself is written in
 * Swedish by the staff.
 */
@MessageBundle(value = "mail", locale = "sv")
public interface MailMessages {
    @Message("Svar från socialtjänsten ({reference})")
    String subject(String reference);

    @Message("""
            Hej!

            Här är vårt svar på det du skrev till oss ({reference}):

            {answer}

            Det går inte att svara på det här mejlet. Vill du fråga något mer, ring oss på {phone} och ange {reference}.

            Socialtjänsten""")
    String body(String reference, String answer, String phone);
}
