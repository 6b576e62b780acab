package se.socialkontakt.chat.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The youth chat's texts: the youth page's, and those the console shares with it (topics, age bands, the message box,
 * common errors). Swedish here, English in messages/msg_en.properties.
 */
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

    @Message("EEEE d MMMM 'kl.' HH:mm")
    String dateTimePattern();

    @Message("'kl.' HH:mm")
    String timePattern();

    // --- Leaving without a trace -------------------------------------------------------------------------------

    @Message("Lämna snabbt")
    String quickExit();

    @Message("Visa neutral fliktitel")
    String neutralTitle();

    @Message("Läxhjälp")
    String neutralTitleText();

    @Message("För att chatta behöver du ha JavaScript påslaget i webbläsaren. Hjälpen här nedanför fungerar ändå.")
    String needsJavaScript();

    // --- Before chatting ---------------------------------------------------------------------------------------

    @Message("Innan du chattar")
    String beforeHeading();

    @Message("I chatten skriver du med en kurator från socialtjänsten. Du kan skriva om vad du vill, till exempel familjen, skolan, kompisar eller hur du mår. Du bestämmer själv vad du berättar.")
    String aboutChat();

    @Message("Vad sparas?")
    String storedHeading();

    @Message("Det ni skriver raderas i slutet av dagen då chatten slutade. Vi sparar inget som visar vem du är, inte heller din IP-adress.")
    String storedText();

    @Message("Om vi blir oroliga för dig")
    String dutyHeading();

    @Message("Alla som jobbar här måste säga till om de tror att ett barn eller en ung person far illa, till exempel om någon gör dig illa eller om du inte är trygg hemma. Det kallas anmälningsskyldighet. Då kan chatten sparas längre, och kuratorn försöker prata med dig om vad som händer sen.")
    String dutyText();

    @Message("Behöver du lämna sidan snabbt? Tryck på Lämna snabbt eller på Esc två gånger. Då försvinner chatten från skärmen och från den här enheten.")
    String quickExitHint();

    @Message("Starta en chatt")
    String startHeading();

    @Message("Hur gammal är du? (frivilligt)")
    String ageLegend();

    @Message("10–12 år")
    String ageBand10To12();

    @Message("13–15 år")
    String ageBand13To15();

    @Message("16–18 år")
    String ageBand16To18();

    @Message("Vill inte säga")
    String ageBandUndisclosed();

    @Message("Vad vill du prata om? (frivilligt)")
    String topicLabel();

    @Message("Vill inte säga")
    String topicNone();

    @Message("Familjen")
    String topicFamily();

    @Message("Skolan")
    String topicSchool();

    @Message("Kompisar")
    String topicFriends();

    @Message("Känslor och mående")
    String topicFeelings();

    @Message("Våld")
    String topicViolence();

    @Message("Att skada sig själv")
    String topicSelfHarm();

    @Message("Alkohol och droger")
    String topicAlcoholDrugs();

    @Message("Kärlek och sex")
    String topicSexuality();

    @Message("Brott")
    String topicCrime();

    @Message("Något annat")
    String topicOther();

    @Message("Starta chatten")
    String startButton();

    @Message("Väntar i kön just nu")
    String waitingNow();

    @Message("Alla kuratorer pratar med någon just nu. Du kan ställa dig i kön, så svarar den som blir ledig först.")
    String allBusy();

    @Message("Ungefärlig väntetid")
    String estimatedWait();

    @Message("min")
    String minutes();

    @Message("Ingen kurator kan svara just nu")
    String noCounsellorHeading();

    @Message("Chatten är öppen, men ingen kurator är ledig. Försök igen om en stund. Behöver du prata med någon nu kan du vända dig hit:")
    String noCounsellorText();

    @Message("Vart du kan ringa nu")
    String noCounsellorEmergencyLink();

    @Message("Försök igen")
    String tryAgain();

    // --- The conversation --------------------------------------------------------------------------------------

    @Message("Din chatt")
    String chatHeading();

    @Message("Du står i kön. En kurator svarar så snart som möjligt. Du kan börja skriva redan nu.")
    String queueText();

    @Message("Din plats i kön")
    String queuePosition();

    @Message("Meddelanden")
    String messagesLabel();

    @Message("Kuratorn skriver…")
    String counsellorTyping();

    @Message("Skriv ett meddelande")
    String messageLabel();

    @Message("Tecken kvar:")
    String charactersLeft();

    @Message("Skicka")
    String send();

    @Message("Lämna kön")
    String leaveQueue();

    @Message("Avsluta chatten")
    String endChat();

    // --- After the conversation --------------------------------------------------------------------------------

    @Message("Chatten är avslutad")
    String endedHeading();

    @Message("Hjälpte det här?")
    String helpedQuestion();

    @Message("Ja")
    String yes();

    @Message("Nej")
    String no();

    @Message("Svara inte")
    String skipRating();

    @Message("Tack för ditt svar!")
    String thanks();

    @Message("Chatten är avslutad och raderad från den här enheten.")
    String erased();

    @Message("Starta en ny chatt")
    String newChat();

    // --- Texts the page's script shows -------------------------------------------------------------------------

    @Message("Återansluter…")
    String reconnecting();

    @Message("Du")
    String fromYouth();

    @Message("Kurator")
    String fromCounsellor();

    @Message("Handledare")
    String fromSupervisor();

    @Message("Chatten")
    String fromSystem();

    @Message("Skickas…")
    String sending();

    @Message("Kunde inte skickas.")
    String notSent();

    @Message("En kurator har svarat. Nu kan ni chatta.")
    String started();

    @Message("En handledare har kommit in i chatten.")
    String supervisorJoined();

    @Message("Kuratorn avslutade chatten.")
    String endedByCounsellor();

    @Message("Du avslutade chatten.")
    String endedByYouth();

    @Message("Chatten stängdes.")
    String endedBySystem();

    @Message("Du har lämnat kön.")
    String leftQueue();

    @Message("Chatten tar inte emot nya samtal just nu.")
    String startClosed();

    @Message("Du kan inte använda chatten just nu.")
    String startBlocked();

    @Message("Chatten finns inte längre.")
    String conversationGone();

    @Message("Något gick fel. Försök igen om en stund.")
    String somethingWentWrong();

    @Message("Meddelandet är för långt. Korta ner det och skicka igen.")
    String errorTooLong();

    @Message("Du skickar många meddelanden på kort tid. Vänta en liten stund.")
    String errorRateLimited();

    @Message("Skriv något först.")
    String errorEmpty();

    @Message("Chatten är redan avslutad.")
    String errorEnded();
}
