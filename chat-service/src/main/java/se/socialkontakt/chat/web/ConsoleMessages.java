package se.socialkontakt.chat.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The counsellor console's own texts; Swedish here, English in messages/console_en.properties. Texts it shares with
 * the youth page (labels of topics and age bands, message box, common errors) come from {@link ChatMessages}.
 */
@MessageBundle(value = "console", locale = "sv")
public interface ConsoleMessages {
    @Message("Chattkonsol")
    String title();

    @Message("Loggar in…")
    String signingIn();

    @Message("Chattkonsolen är till för kuratorer och handledare. Du är inloggad utan den behörigheten.")
    String noAccess();

    @Message("Logga ut")
    String logout();

    @Message("Ansluter…")
    String connecting();

    @Message("Ansluten")
    String connected();

    @Message("Tillgänglighet")
    String availabilityHeading();

    @Message("Jag tar emot samtal")
    String available();

    @Message("Starta övningschatt")
    String practiceButton();

    @Message("Övningschatten öppnas i en ny flik.")
    String practiceOpened();

    @Message("Öppna övningschatten igen")
    String practiceLink();

    @Message("Kö")
    String queueHeading();

    @Message("Väntar")
    String waiting();

    @Message("Tillgängliga kuratorer")
    String counsellorsOnline();

    @Message("Ta nästa")
    String takeNext();

    @Message("Ta samtalet")
    String take();

    @Message("Ingen väntar just nu.")
    String queueEmpty();

    @Message("Väntat")
    String waited();

    @Message("Ålder")
    String ageBand();

    @Message("Ämne")
    String topic();

    @Message("Inte angivet")
    String noTopic();

    @Message("Hög risk")
    String riskHigh();

    @Message("Förhöjd risk")
    String riskElevated();

    @Message("Övning")
    String practice();

    @Message("Larm")
    String alertsHeading();

    @Message("Inga larm.")
    String noAlerts();

    @Message("Riskord i ett meddelande")
    String alertRiskWords();

    @Message("En kurator ber om stöd")
    String alertEscalated();

    @Message("Gå in tyst")
    String joinSilently();

    @Message("Gå in öppet")
    String joinOpenly();

    @Message("Mina samtal")
    String conversationsHeading();

    @Message("Du har inga samtal just nu.")
    String noConversations();

    @Message("Samtal")
    String conversation();

    @Message("nytt meddelande")
    String unread();

    @Message("Den unga skriver…")
    String youthTyping();

    @Message("Svar till den unga")
    String messageLabel();

    @Message("Färdiga svar")
    String cannedLabel();

    @Message("Infoga")
    String insert();

    @Message("Hälsning")
    String cannedGreeting();

    @Message("Avslutning")
    String cannedEnding();

    @Message("Hänvisning")
    String cannedReferral();

    @Message("Övrigt")
    String cannedOther();

    @Message("Intern anteckning")
    String noteLabel();

    @Message("Spara anteckning")
    String saveNote();

    @Message("Intern anteckning – syns inte för den unga")
    String noteMarker();

    @Message("Ämnen i samtalet")
    String endLegend();

    @Message("Avsluta samtalet")
    String endButton();

    @Message("Spara ämnen")
    String saveTopics();

    @Message("Ämnena är sparade.")
    String topicsSaved();

    @Message("Stäng samtalet")
    String closePanel();

    @Message("Den unga har lämnat samtalet.")
    String endedByYouth();

    @Message("Samtalet är avslutat.")
    String endedByCounsellor();

    @Message("Den unga har varit borta en längre stund. Samtalet stängdes automatiskt.")
    String endedBySystem();

    @Message("Fler åtgärder")
    String moreActions();

    @Message("Lämna över till (användarnamn)")
    String transferLabel();

    @Message("Lämna över")
    String transfer();

    @Message("Samtalet är överlämnat till")
    String transferred();

    @Message("Be en handledare om stöd")
    String escalate();

    @Message("En handledare har larmats.")
    String escalated();

    @Message("Skäl att bevara utskriften (orosanmälan)")
    String preserveLabel();

    @Message("Bevara utskriften")
    String preserve();

    @Message("Utskriften bevaras till")
    String preservedUntil();

    @Message("En blockering gäller den unges webbläsare: därifrån går det inte att starta en ny chatt under tiden. Andra på samma skola eller mobilnät påverkas inte. Den som raderar sina webbläsardata kommer runt den, så den hindrar men stänger inte ute.")
    String blockExplained();

    @Message("Blockera adressen i stället: alla bakom samma nät stängs ute, högst två timmar (bara arbetsledare)")
    String blockByAddress();

    @Message("Blockeringar")
    String blocksHeading();

    @Message("Inga blockeringar gäller just nu.")
    String noBlocks();

    @Message("Uppdatera listan")
    String refreshBlocks();

    @Message("Webbläsaren")
    String blockKindBrowser();

    @Message("Adressen (alla bakom samma nät)")
    String blockKindAddress();

    @Message("Häv blockeringen")
    String liftBlock();

    @Message("gäller till")
    String blockLastsUntil();

    @Message("Blockeringen är hävd.")
    String blockLifted();

    @Message("Blockera i")
    String blockHoursLabel();

    @Message("1 timme")
    String blockHour();

    @Message("1 dygn")
    String blockDay();

    @Message("3 dygn")
    String blockThreeDays();

    @Message("1 vecka")
    String blockWeek();

    @Message("30 dygn")
    String blockMonth();

    @Message("Skäl att blockera")
    String blockReasonLabel();

    @Message("Blockera deltagaren")
    String block();

    @Message("Deltagaren är blockerad till")
    String blockedUntil();

    @Message("Du läser tyst. Den unga ser inte att du är här.")
    String silent();

    @Message("Den unga")
    String fromYouth();

    @Message("Samtalet har redan tagits av någon annan.")
    String errorTaken();

    @Message("Ingen väntar i kön.")
    String errorQueueEmpty();

    @Message("Du har redan så många samtal som du kan ta.")
    String errorNoFreePlace();

    @Message("Den kuratorn är inte tillgänglig eller har inga lediga platser.")
    String errorNotAvailable();

    @Message("Det kan bara handledare göra.")
    String errorSupervisorsOnly();

    @Message("Samtalet är inte ditt.")
    String errorNotYours();

    @Message("Samtalet har inte startat.")
    String errorNotStarted();
}
