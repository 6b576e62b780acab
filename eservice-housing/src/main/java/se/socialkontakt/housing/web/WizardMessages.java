package se.socialkontakt.housing.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The wizard's steps: titles, questions, hints and plain-language errors, in plain Swedish;
 * English in messages/wiz_en.properties (keep the two side by side).
 * Split by page so that no bundle grows past what Qute's generated resolver handles.
 */
@MessageBundle(value = "wiz", locale = "sv")
public interface WizardMessages {
    @Message("Steg {n} av {total}")
    String stepOf(int n, int total);

    @Message("Ansökans steg")
    String stepsLabel();

    @Message("Spara och fortsätt")
    String saveAndContinue();

    @Message("Spara och fortsätt senare")
    String saveAndLater();

    @Message("Tillbaka")
    String back();

    @Message("Ditt svar är sparat. Du kan fortsätta när du vill.")
    String draftSaved();

    @Message("Kontrollera svaret")
    String fieldInvalid();

    @Message("Vem ansöker?")
    String whoTitle();

    @Message("Berätta om du ansöker för din egen del eller för någon annan.")
    String whoIntro();

    @Message("Jag ansöker för")
    String whoRole();

    @Message("Mig själv")
    String whoSELF();

    @Message("Någon annan, som jag ansöker för")
    String whoON_BEHALF();

    @Message("Välj om du ansöker för dig själv eller för någon annan")
    String whoRoleError();

    @Message("Namn på den du ansöker för")
    String whoName();

    @Message("Personnummer för den du ansöker för")
    String whoPersonNumber();

    @Message("12 siffror, till exempel 19401231-1234")
    String personNumberHint();

    @Message("Skriv ett personnummer med 12 siffror, till exempel 19401231-1234")
    String personNumberError();

    @Message("Vilken rätt har du att ansöka för personen?")
    String whoRepresentation();

    @Message("Fullmakt (du laddar upp den som bilaga)")
    String reprPOWER_OF_ATTORNEY();

    @Message("Jag är god man")
    String reprGUARDIAN();

    @Message("Jag är förvaltare")
    String reprADMINISTRATOR();

    @Message("Personen vet om ansökan och vill att jag ansöker")
    String whoConsents();

    @Message("Fyll i personens namn och personnummer, din rätt att ansöka och att personen samtycker")
    String whoOnBehalfError();

    @Message("Kontaktuppgifter")
    String applicantTitle();

    @Message("Hur når vi dig, och hur vill du få beslutet?")
    String applicantIntro();

    @Message("Ditt namn")
    String applicantName();

    @Message("Skriv ditt namn")
    String applicantNameError();

    @Message("Telefonnummer")
    String applicantPhone();

    @Message("E-postadress")
    String applicantEmail();

    @Message("Skriv en e-postadress som namn@exempel.se")
    String applicantEmailError();

    @Message("Skriv telefonnummer, e-postadress eller båda.")
    String applicantContactHint();

    @Message("Skriv ett telefonnummer eller en e-postadress, och en postadress om beslutet ska komma med post")
    String applicantReachableError();

    @Message("Postadress")
    String applicantAddress();

    @Message("Behövs om du vill få beslutet med posten.")
    String applicantAddressHint();

    @Message("Hur vill du få beslutet?")
    String applicantDecisionBy();

    @Message("I min digitala brevlåda, till exempel Kivra")
    String decisionByDIGITAL_MAILBOX();

    @Message("Som brev med posten")
    String decisionByPOST();

    @Message("Välj hur du vill få beslutet")
    String decisionByError();

    @Message("Hur bor du i dag?")
    String livingTitle();

    @Message("Svaren gäller den som ska flytta.")
    String livingIntro();

    @Message("Var bor du nu?")
    String livingSituation();

    @Message("Välj var du bor nu")
    String livingSituationError();

    @Message("Ensam i egen bostad")
    String situationOWN_HOME_ALONE();

    @Message("I egen bostad med någon annan")
    String situationOWN_HOME_WITH_OTHERS();

    @Message("Hos anhöriga")
    String situationWITH_RELATIVES();

    @Message("På korttidsboende")
    String situationSHORT_TERM_CARE();

    @Message("På sjukhus")
    String situationHOSPITAL();

    @Message("Annat")
    String situationOTHER();

    @Message("Berätta om bostaden")
    String livingDescription();

    @Message("Till exempel våning, hiss, trappor eller badrum.")
    String livingDescriptionHint();

    @Message("Har du hemtjänst?")
    String livingHomeHelp();

    @Message("Har du hemsjukvård?")
    String livingHomeHealthCare();

    @Message("Svara ja eller nej")
    String yesNoError();

    @Message("Annan hjälp du får")
    String livingOtherHelp();

    @Message("Till exempel från anhöriga eller grannar.")
    String livingOtherHelpHint();

    @Message("Texten är för lång")
    String textTooLongError();

    @Message("Dina behov")
    String needsTitle();

    @Message("Beskriv varför du inte klarar dig hemma. Skriv i minst en av rutorna.")
    String needsIntro();

    @Message("Kroppen")
    String needsPhysical();

    @Message("Till exempel att gå, äta, klä på dig eller sköta hygienen.")
    String needsPhysicalHint();

    @Message("Minne och mående")
    String needsPsychological();

    @Message("Ensamhet och gemenskap")
    String needsSocial();

    @Message("Sjukdomar och mediciner")
    String needsMedical();

    @Message("Trygghet")
    String needsSafety();

    @Message("Till exempel fall eller oro på natten.")
    String needsSafetyHint();

    @Message("Beskriv minst ett behov")
    String needsError();

    @Message("Make, maka eller sambo")
    String partnerTitle();

    @Message("Om ni har levt tillsammans länge har ni rätt att fortsätta bo tillsammans.")
    String partnerIntro();

    @Message("Ska din make, maka eller sambo flytta med?")
    String partnerMovesToo();

    @Message("Hens namn")
    String partnerName();

    @Message("Skriv namnet på den som flyttar med")
    String partnerNameError();

    @Message("Hens personnummer")
    String partnerPersonNumber();

    @Message("Önskemål om boende")
    String wishesTitle();

    @Message("Du kan önska upp till tre boenden eller stadsdelar sammanlagt.")
    String wishesIntro();

    @Message("Ett önskemål är ingen garanti. Vi försöker ta hänsyn till det, men du kan bli erbjuden plats på ett annat boende.")
    String wishesNotGuaranteed();

    @Message("Kan du tänka dig att bo var som helst i staden?")
    String wishesAnywhere();

    @Message("Boenden du önskar")
    String wishesHomes();

    @Message("Stadsdelar du önskar")
    String wishesAreas();

    @Message("Välj ett till tre boenden eller stadsdelar, eller svara ja på att du kan bo var som helst")
    String wishesError();

    @Message("Språk")
    String languageTitle();

    @Message("Vilket språk vill du tala med oss och med personalen?")
    String languageIntro();

    @Message("Språk")
    String languageLanguage();

    @Message("Skriv vilket språk du vill tala")
    String languageError();

    @Message("Behöver du tolk?")
    String languageInterpreter();

    @Message("Samtycke")
    String consentsTitle();

    @Message("Handläggaren kan behöva fråga andra om dina behov. Du väljer själv. Svarar du nej kan utredningen ta längre tid.")
    String consentsIntro();

    @Message("Får handläggaren hämta uppgifter från hälso- och sjukvården?")
    String consentsHealthCare();

    @Message("Får handläggaren prata med dina anhöriga?")
    String consentsRelatives();
}
