package se.socialkontakt.housing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The assessor's words for where an application stands, and the inbox's search and filter, in plain Swedish; English
 * in messages/case_en.properties (keep the two side by side). The resident's texts speak to the applicant ("Väntar på
 * ditt svar"); these speak about the applicant, to staff.
 */
@MessageBundle(value = "case", locale = "sv")
public interface CaseMessages {
    @Message("Utkast")
    String statusDRAFT();

    @Message("Inkommen")
    String statusSUBMITTED();

    @Message("Registrerad i verksamhetssystemet")
    String statusREGISTERED();

    @Message("Under utredning")
    String statusUNDER_INVESTIGATION();

    @Message("Väntar på komplettering från den sökande")
    String statusAWAITING_SUPPLEMENT();

    @Message("Komplettering har kommit in")
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

    @Message("Sök ansökan")
    String searchLabel();

    @Message("Referensnummer (SB-2026-000123), personnummer eller namn. Sökningen loggas med vad du sökte på.")
    String searchHint();

    @Message("Sök")
    String searchButton();

    @Message("Visa")
    String showLegend();

    @Message("Pågående ärenden")
    String showOpen();

    @Message("Avslutade ärenden")
    String showFinished();

    @Message("Avslutade ärenden, senast avslutade först")
    String finishedHeading();

    @Message("Sökresultat")
    String resultsHeading();

    @Message("Ingen ansökan matchar sökningen.")
    String nothingFound();

    @Message("Inga åtgärder återstår: ärendet är avslutat.")
    String noActionsLeft();
}
