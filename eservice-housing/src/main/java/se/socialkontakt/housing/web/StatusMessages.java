package se.socialkontakt.housing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the resident's own applications: statuses, starting, messages, decision and appeal, in plain Swedish;
 * English in messages/status_en.properties (keep the two side by side).
 * Split by page so that no bundle grows past what Qute's generated resolver handles.
 */
@MessageBundle(value = "status", locale = "sv")
public interface StatusMessages {
    @Message("Mina ansökningar")
    String applicationsTitle();

    @Message("Starta en ny ansökan")
    String newApplication();

    @Message("Du har inga ansökningar ännu.")
    String noApplications();

    @Message("Fortsätt")
    String continueDraft();

    @Message("Visa ansökan")
    String showApplication();

    @Message("Ärendenummer")
    String referenceLabel();

    @Message("Status")
    String statusLabel();

    @Message("Påbörjad")
    String startedLabel();

    @Message("Skickad")
    String submittedLabel();

    @Message("Ansökan som inte är skickad")
    String draftName();

    @Message("Ansökan för")
    String applicationFor();

    @Message("Ansökan om särskilt boende för dig")
    String applicationForYou();

    @Message("ansöker för din räkning.")
    String appliesForYou();

    @Message("Någon")
    String someone();

    @Message("Du kan läsa ansökan och meddelandena, men bara den som ansöker kan ändra den och skriva till handläggaren.")
    String readOnlyForYou();

    @Message("Ta bort utkastet")
    String deleteDraft();

    @Message("Vill du ta bort utkastet? Det du har skrivit och dina bilagor försvinner.")
    String deleteDraftQuestion();

    @Message("Ja, ta bort")
    String deleteDraftYes();

    @Message("Avbryt")
    String cancel();

    @Message("Utkastet är borttaget.")
    String draftDeleted();

    @Message("Just nu")
    String nowLabel();

    @Message("Sedan")
    String nextLabel();

    @Message("Inte skickad")
    String statusDRAFT();

    @Message("Du har börjat på ansökan men inte skickat den. Det du har skrivit är sparat.")
    String nowDRAFT();

    @Message("Fortsätt när du vill och skicka ansökan när alla steg är klara.")
    String nextDRAFT();

    @Message("Skickad")
    String statusSUBMITTED();

    @Message("Vi har tagit emot din ansökan.")
    String nowSUBMITTED();

    @Message("Ansökan registreras och får en handläggare. Du behöver inte göra något.")
    String nextSUBMITTED();

    @Message("Registrerad")
    String statusREGISTERED();

    @Message("Ansökan är registrerad och väntar på en handläggare.")
    String nowREGISTERED();

    @Message("En handläggare hör av sig till dig, ofta för att boka ett hembesök.")
    String nextREGISTERED();

    @Message("Utreds")
    String statusUNDER_INVESTIGATION();

    @Message("En handläggare utreder din ansökan och dina behov.")
    String nowUNDER_INVESTIGATION();

    @Message("När utredningen är klar får du ett beslut. Handläggaren hör av sig om något behövs.")
    String nextUNDER_INVESTIGATION();

    @Message("Väntar på ditt svar")
    String statusAWAITING_SUPPLEMENT();

    @Message("Handläggaren behöver mer information från dig.")
    String nowAWAITING_SUPPLEMENT();

    @Message("Svara på frågan nedan. Sedan fortsätter utredningen.")
    String nextAWAITING_SUPPLEMENT();

    @Message("Du har svarat")
    String statusSUPPLEMENTED();

    @Message("Handläggaren har fått ditt svar.")
    String nowSUPPLEMENTED();

    @Message("Utredningen fortsätter och sedan får du ett beslut.")
    String nextSUPPLEMENTED();

    @Message("Beslut fattat")
    String statusDECIDED();

    @Message("Det finns ett beslut i din ansökan. Du ser det nedan.")
    String nowDECIDED();

    @Message("Är beslutet ja får du ett erbjudande om plats när en blir ledig. Är du inte nöjd kan du överklaga.")
    String nextDECIDED();

    @Message("Överklagad")
    String statusAPPEALED();

    @Message("Vi har tagit emot ditt överklagande. Äldrenämnden tittar på beslutet igen.")
    String nowAPPEALED();

    @Message("Ändras inte beslutet skickas överklagandet till förvaltningsrätten. Du får besked.")
    String nextAPPEALED();

    @Message("Erbjudande lämnat")
    String statusOFFER_MADE();

    @Message("Du har fått ett erbjudande om en plats.")
    String nowOFFER_MADE();

    @Message("Kontakta handläggaren om du har frågor om erbjudandet eller flytten.")
    String nextOFFER_MADE();

    @Message("Inflyttad")
    String statusMOVED_IN();

    @Message("Du har flyttat in. Välkommen!")
    String nowMOVED_IN();

    @Message("Ärendet är klart. Personalen på boendet hjälper dig vidare.")
    String nextMOVED_IN();

    @Message("Avslutad")
    String statusCLOSED();

    @Message("Ärendet är avslutat.")
    String nowCLOSED();

    @Message("Behöver du hjälp igen kan du göra en ny ansökan eller ringa oss.")
    String nextCLOSED();

    @Message("Ny ansökan")
    String startTitle();

    @Message("Har du, eller den som ansökan gäller, skyddade personuppgifter?")
    String protectedLegend();

    @Message("Till exempel sekretessmarkering eller skyddad folkbokföring.")
    String protectedHint();

    @Message("Svara ja eller nej på frågan om skyddade personuppgifter")
    String protectedMissing();

    @Message("Vem gäller ansökan?")
    String roleLegend();

    @Message("Mig själv")
    String roleSELF();

    @Message("Någon annan, som jag ansöker för")
    String roleON_BEHALF();

    @Message("Välj vem ansökan gäller")
    String roleMissing();

    @Message("Börja ansökan")
    String startButton();

    @Message("Ansök per telefon")
    String protectedHeading();

    @Message("Med skyddade personuppgifter ska du inte ansöka här, så att ingenting om dig sparas i e-tjänsten. Ring oss på {phone}, så hjälper vi dig att ansöka på ett säkert sätt.")
    String protectedText(String phone);

    @Message("Din ansökan")
    String applicationTitle();

    @Message("Meddelanden")
    String messagesHeading();

    @Message("Inga meddelanden ännu.")
    String noMessages();

    @Message("Du")
    String fromAPPLICANT();

    @Message("Handläggaren")
    String fromASSESSOR();

    @Message("Begäran om mer information")
    String kindINFORMATION_REQUEST();

    @Message("Ditt svar")
    String kindSUPPLEMENT();

    @Message("Överklagande")
    String kindAPPEAL();

    @Message("Sökande")
    String fromApplicantStaff();

    @Message("Komplettering")
    String kindSupplementStaff();

    @Message("Meddelande")
    String kindMESSAGE();

    @Message("Skriv till handläggaren")
    String writeMessage();

    @Message("Meddelandet är skickat.")
    String messageSent();

    @Message("Skriv ett meddelande, högst 4000 tecken")
    String messageError();

    @Message("Handläggaren behöver mer information")
    String supplementHeading();

    @Message("Ditt svar")
    String supplementLabel();

    @Message("Du kan också ladda upp filer under Bilagor.")
    String supplementHint();

    @Message("Skicka svaret")
    String sendSupplement();

    @Message("Ditt svar är skickat.")
    String supplementSent();

    @Message("Beslut")
    String decisionHeading();

    @Message("Du har fått ja: du beviljas särskilt boende")
    String outcomeGRANTED();

    @Message("Du har fått delvis ja")
    String outcomePARTLY_GRANTED();

    @Message("Du har fått nej: ansökan avslås")
    String outcomeREFUSED();

    @Message("Beslutsdatum")
    String decidedAt();

    @Message("Om du inte är nöjd med beslutet")
    String appealHeading();

    @Message("Du kan överklaga beslutet. Överklagandet ska ha kommit in inom tre veckor från den dag du fick beslutet. Det går till äldrenämnden, som fattade beslutet. Nämnden tittar på beslutet igen, och ändrar den inte beslutet skickas överklagandet vidare till förvaltningsrätten.")
    String appealGuidance();

    @Message("Sista dag att överklaga")
    String appealBy();

    @Message("Skriv varför du tycker att beslutet är fel och hur du vill att det ska ändras.")
    String appealHowTo();

    @Message("Ditt överklagande")
    String appealLabel();

    @Message("Skicka överklagandet")
    String sendAppeal();

    @Message("Ditt överklagande är skickat.")
    String appealSent();

    @Message("Ditt överklagande kom in")
    String appealReceived();

    @Message("Beslutet står fast")
    String appealOutcomeUPHELD();

    @Message("Beslutet är ändrat")
    String appealOutcomeCHANGED();

    @Message("Överklagandet är återkallat")
    String appealOutcomeWITHDRAWN();

    @Message("Händelser")
    String historyHeading();

    @Message("Svaren i ansökan")
    String answersHeading();

    @Message("Bilagor")
    String attachmentsHeading();
}
