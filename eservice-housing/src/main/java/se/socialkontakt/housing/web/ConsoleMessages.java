package se.socialkontakt.housing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The assessors' console, in plain Swedish;
 * English in messages/staff_en.properties (keep the two side by side).
 * Split by page so that no bundle grows past what Qute's generated resolver handles.
 */
@MessageBundle(value = "staff", locale = "sv")
public interface ConsoleMessages {
    @Message("Handläggning av särskilt boende")
    String consoleTitle();

    @Message("Du har inte behörighet till handläggningen.")
    String noAccess();

    @Message("Inkorg, äldst först")
    String inboxHeading();

    @Message("Inga ansökningar att handlägga.")
    String emptyInbox();

    @Message("Kanal")
    String channelLabel();

    @Message("Handläggare")
    String assessorLabel();

    @Message("Ingen")
    String unassigned();

    @Message("Öppna")
    String open();

    @Message("Flaggade ärenden")
    String flagsHeading();

    @Message("Inga flaggade ärenden.")
    String noFlags();

    @Message("Snart sex månader utan beslut")
    String flagGETTING_OLD();

    @Message("Beviljat men inte verkställt på tre månader")
    String flagDECISION_NOT_CARRIED_OUT();

    @Message("Ladda ner flaggade ärenden (CSV)")
    String csvDownload();

    @Message("E-tjänst")
    String channelDIGITAL();

    @Message("Papper")
    String channelPAPER();

    @Message("Beslutad")
    String decidedLabel();

    @Message("Ansökan")
    String caseTitle();

    @Message("Tillbaka till inkorgen")
    String backToInbox();

    @Message("Sökandes personnummer")
    String applicantNumber();

    @Message("Personnummer för den ansökan gäller")
    String subjectNumber();

    @Message("Tilldela mig")
    String assign();

    @Message("Begär mer information")
    String requestHeading();

    @Message("Vad behöver du veta?")
    String requestLabel();

    @Message("Skicka begäran")
    String sendRequest();

    @Message("Skriv till den sökande")
    String messageHeading();

    @Message("Meddelande")
    String messageLabel();

    @Message("Fatta beslut")
    String recordDecisionHeading();

    @Message("Beslut")
    String outcomeLegend();

    @Message("Beviljas")
    String assessorOutcomeGRANTED();

    @Message("Beviljas delvis")
    String assessorOutcomePARTLY_GRANTED();

    @Message("Avslås")
    String assessorOutcomeREFUSED();

    @Message("Beslutstext med motivering")
    String decisionText();

    @Message("Spara beslutet")
    String recordDecision();

    @Message("Verkställighet")
    String carryOutHeading();

    @Message("Erbjudande lämnat")
    String offerMade();

    @Message("Inflyttad")
    String movedIn();

    @Message("Avsluta ärendet")
    String closeCase();

    @Message("Överklagandets utgång")
    String appealOutcomeLegend();

    @Message("Registrera utgången")
    String recordAppealOutcome();

    @Message("Klart.")
    String actionDone();

    @Message("Det går inte i ärendets nuvarande läge.")
    String actionNotAllowed();

    @Message("Skriv en text, högst 4000 tecken")
    String textRequired();

    @Message("Välj ett alternativ")
    String chooseOne();

    @Message("Registrera en ansökan som kom på papper")
    String paperLink();

    @Message("Registrera en pappersansökan")
    String paperTitle();

    @Message("Skriv in ansökan så som den sökande fyllde i den; frågorna är desamma som i e-tjänsten. Ansökan räknas som inkommen på papper.")
    String paperIntro();

    @Message("Personnummer för den som skrev under ansökan")
    String paperApplicantNumber();

    @Message("Registrera ansökan")
    String registerPaper();

    @Message("Pappersansökan är registrerad")
    String paperRegistered();

    @Message("Ansökan ligger nu i inkorgen, inkommen på papper.")
    String paperRegisteredText();

    @Message("Öppna ansökan")
    String openApplication();

    @Message("Registrera en pappersansökan till")
    String registerAnother();
}
