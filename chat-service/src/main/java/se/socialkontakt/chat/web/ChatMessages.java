package se.socialkontakt.chat.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The youth page's texts; Swedish here, English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "sv")
public interface ChatMessages {
    @Message("Ungdomschatten")
    String title();

    @Message("Här kan du som är 10–18 år chatta anonymt med en kurator från socialtjänsten. Du behöver inte logga in och du behöver inte säga vem du är.")
    String intro();

    @Message("Chatten är öppen")
    String openHeading();

    @Message("Chatten stänger {closesAt}.")
    String openUntil(String closesAt);

    @Message("Chatten stänger snart")
    String closingSoonHeading();

    @Message("Vi tar inte emot nya samtal i dag. Chatten stänger {closesAt}.")
    String closingSoon(String closesAt);

    @Message("Chatten är stängd just nu")
    String closedHeading();

    @Message("Det är {holiday} i dag.")
    String closedHoliday(String holiday);

    @Message("Vi öppnar igen {nextOpening}.")
    String nextOpening(String nextOpening);

    @Message("Vi vet ännu inte när chatten öppnar igen.")
    String noNextOpening();

    @Message("Behöver du hjälp nu?")
    String emergencyHeading();

    @Message("Är det akut, ring 112.")
    String emergency112();

    @Message("BRIS för dig under 18 år: ring 116\u00a0111.")
    String emergencyBris();

    @Message("Socialjouren: ring {number}.")
    String emergencyOnCall(String number);

    @Message("Du kan också kontakta socialtjänstens kontaktcenter.")
    String contactCenter();

    @Message("Öppettider")
    String hoursHeading();

    @Message("Stängt")
    String closed();

    @Message("In English")
    String otherLanguage();

    @Message("en")
    String otherLanguageCode();

    @Message("EEEE d MMMM 'kl.' HH:mm")
    String dateTimePattern();

    @Message("'kl.' HH:mm")
    String timePattern();

    @Message("Till innehållet")
    String skipToContent();

    @Message("Socialtjänsten – Socialkontakt")
    String banner();
}
