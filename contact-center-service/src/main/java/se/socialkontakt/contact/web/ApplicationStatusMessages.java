package se.socialkontakt.contact.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The agent console's look-up of a caller's housing application: its status and what happens next in plain words,
 * for the codes the API answers with. Swedish here, English in messages/appstatus_en.properties; a bundle of its own
 * so that the staff bundle does not grow past what Qute's generated resolver handles.
 */
@MessageBundle(value = "appstatus", locale = "sv")
public interface ApplicationStatusMessages {
    @Message("Status för en ansökan om särskilt boende")
    String heading();

    @Message("Ansökans referensnummer")
    String referenceLabel();

    @Message("Till exempel SB-2026-000123. Bara för en identifierad person. Du ser status och nästa steg, aldrig innehållet. Uppslaget loggas.")
    String referenceHint();

    @Message("Skriv ett referensnummer som SB-2026-000123.")
    String referenceInvalid();

    @Message("Visa status")
    String lookUp();

    @Message("Hur har du kontrollerat vem som ringer?")
    String identifiedLegend();

    @Message("Status visas bara för den som ansökt eller ansökan gäller. Ditt svar loggas med uppslaget.")
    String identifiedHint();

    @Message("Personen har legitimerat sig med Mobilt BankID")
    String identifiedBANKID();

    @Message("Jag har ringt upp på telefonnumret i ansökan")
    String identifiedCALLBACK();

    @Message("Personen har visat legitimation vid besök")
    String identifiedID_DOCUMENT();

    @Message("Välj hur du har kontrollerat vem som ringer.")
    String identifiedMissing();

    @Message("Ingen skickad ansökan har det referensnumret. Kontrollera numret med personen.")
    String notFound();

    @Message("Status")
    String status();

    @Message("Sedan")
    String since();

    @Message("Skickad")
    String submitted();

    @Message("Beslut")
    String decision();

    @Message("Vad händer nu")
    String next();

    @Message("Skickad, inte registrerad än")
    String statusSUBMITTED();

    @Message("Registrerad i verksamhetssystemet")
    String statusREGISTERED();

    @Message("Utreds")
    String statusUNDER_INVESTIGATION();

    @Message("Väntar på komplettering från den sökande")
    String statusAWAITING_SUPPLEMENT();

    @Message("Kompletterad")
    String statusSUPPLEMENTED();

    @Message("Beslut fattat")
    String statusDECIDED();

    @Message("Överklagad")
    String statusAPPEALED();

    @Message("Erbjudande om plats lämnat")
    String statusOFFER_MADE();

    @Message("Inflyttad")
    String statusMOVED_IN();

    @Message("Avslutad")
    String statusCLOSED();

    @Message("Beviljad")
    String decisionGRANTED();

    @Message("Delvis beviljad")
    String decisionPARTLY_GRANTED();

    @Message("Avslagen")
    String decisionREFUSED();

    @Message("En biståndshandläggare tar ansökan och hör av sig till den sökande.")
    String nextASSESSOR_WILL_BE_ASSIGNED();

    @Message("Handläggaren utreder ansökan. Beslutet skickas till den sökande.")
    String nextASSESSOR_INVESTIGATES();

    @Message("Handläggaren har bett om mer information. Den sökande svarar i e-tjänsten under Mina ansökningar.")
    String nextAPPLICANT_SHOULD_ANSWER_REQUEST();

    @Message("Beslutet är skickat. Den som inte är nöjd kan överklaga inom tre veckor från att beslutet kom fram.")
    String nextDECISION_SENT_APPEAL_WITHIN_THREE_WEEKS();

    @Message("Överklagandet är mottaget och prövas. Den sökande får besked.")
    String nextAPPEAL_GOES_TO_COMMITTEE();

    @Message("Den sökande har fått ett erbjudande om plats och behöver svara på det.")
    String nextAPPLICANT_ANSWERS_OFFER();

    @Message("Ärendet är avslutat. Inget mer händer i det.")
    String nextNOTHING_MORE();
}
