package se.socialkontakt.contact.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The residents' pages' texts; Swedish here, English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "sv")
public interface ContactMessages {
    @Message("Kontaktcenter")
    String title();

    @Message("Kontaktcenter")
    String navigation();

    @Message("Start")
    String navStart();

    @Message("d MMMM yyyy")
    String datePattern();

    @Message("{days} {#if days == 1}arbetsdag{#else}arbetsdagar{/if}")
    String workingDays(int days);

    @Message("Sidan kräver JavaScript för att skicka. Du kan också ringa oss.")
    String needsJavaScript();

    @Message("Något gick fel. Försök igen om en stund eller ring oss.")
    String somethingWentWrong();

    // --- The start page ----------------------------------------------------------------------------------------

    @Message("Socialtjänstens väg in: ställ en fråga, läs vanliga frågor och svar eller lämna synpunkter och klagomål. Kontaktcentret svarar på det mesta direkt och lotsar dig annars till rätt enhet.")
    String intro();

    @Message("Vad vill du göra?")
    String choicesHeading();

    @Message("Läs om det som många undrar över, till exempel hur du ansöker om särskilt boende eller ekonomiskt bistånd.")
    String faqText();

    @Message("Skriv till oss. Du får svar inom {days}.")
    String contactText(String days);

    @Message("Berätta vad som fungerar och vad vi kan göra bättre.")
    String feedbackText();

    @Message("Ring oss")
    String phoneHeading();

    @Message("Telefon")
    String phone();

    @Message("Öppettider")
    String openingHours();

    @Message("Vardagar {hours}")
    String openingHoursText(String hours);

    @Message("Är det akut? Ring 112.")
    String emergency();

    @Message("För personal")
    String forStaff();

    // --- Questions and answers ---------------------------------------------------------------------------------

    @Message("Vanliga frågor och svar")
    String faqTitle();

    @Message("Sök bland svaren eller välj ett område. Svaren visas medan du skriver.")
    String faqIntro();

    @Message("Sök bland frågor och svar")
    String searchLabel();

    @Message("Område")
    String categoryLabel();

    @Message("Alla områden")
    String allCategories();

    @Message("Sök")
    String search();

    @Message("Senast uppdaterade svar")
    String latestHeading();

    @Message("Svar som passar din sökning")
    String resultsHeading();

    @Message("1 svar")
    String oneResult();

    /** Also rendered with "#" for the script to put the count in. */
    @Message("{count} svar")
    String results(String count);

    @Message("Inga svar hittades. Prova andra ord, välj ett annat område eller ställ din fråga till oss.")
    String noResults();

    @Message("Hittar du inte svaret?")
    String notFoundHeading();

    @Message("Ställ din fråga till oss")
    String askUs();

    @Message("Prenumerera på nya och ändrade svar (Atom-flöde)")
    String feed();

    @Message("Tillbaka till vanliga frågor")
    String backToFaq();

    @Message("Uppdaterad {date}")
    String updated(String date);

    @Message("Det här svaret finns bara på svenska.")
    String onlySwedish();

    @Message("Relaterade frågor")
    String relatedHeading();

    @Message("Hjälpte det här?")
    String helpedQuestion();

    @Message("Ja")
    String yes();

    @Message("Nej")
    String no();

    @Message("Tack för ditt svar!")
    String thanksForVoting();

    @Message("Svaret finns inte")
    String articleMissingTitle();

    @Message("Svaret du letar efter finns inte, eller så har det tagits bort.")
    String articleMissingText();

    // --- The contact form --------------------------------------------------------------------------------------

    @Message("Kontakta oss")
    String contactTitle();

    @Message("Skriv din fråga så svarar vi inom {days}. Skriv inte känsliga uppgifter som personnummer eller om din hälsa här – vi frågar efter det som behövs när vi hör av oss.")
    String contactIntro(String days);

    @Message("Alla fält måste fyllas i, utom de som är märkta frivilligt.")
    String requiredHint();

    @Message("Vad gäller frågan?")
    String questionCategoryLabel();

    @Message("Välj område")
    String chooseCategory();

    @Message("Din fråga")
    String questionLabel();

    @Message("Ditt namn (frivilligt)")
    String nameLabel();

    @Message("Telefonnummer eller e-postadress")
    String contactLabel();

    @Message("Så att vi kan svara dig.")
    String contactHint();

    @Message("Lämna det här fältet tomt")
    String honeypotLabel();

    @Message("Skicka")
    String send();

    @Message("Skickar…")
    String sending();

    @Message("Formuläret kunde inte skickas:")
    String errorSummary();

    @Message("Välj vad frågan gäller.")
    String errorCategory();

    @Message("Skriv din fråga.")
    String errorQuestion();

    @Message("Skriv ett telefonnummer eller en e-postadress så att vi kan svara dig.")
    String errorContact();

    @Message("Du har skickat många formulär på kort tid. Vänta en minut och försök igen.")
    String errorRateLimited();

    @Message("Tack! Vi har tagit emot din fråga")
    String contactReceiptHeading();

    @Message("Ärendenummer")
    String referenceLabel();

    @Message("Du får svar senast")
    String answerByLabel();

    @Message("Ange ärendenumret om du kontaktar oss igen om samma sak.")
    String referenceHint();

    @Message("Skicka en ny fråga")
    String newQuestion();

    // --- Feedback ----------------------------------------------------------------------------------------------

    @Message("Synpunkter och klagomål")
    String feedbackTitle();

    @Message("Berätta vad du tycker om socialtjänsten. Dina synpunkter går till den verksamhet det gäller och hjälper oss att bli bättre.")
    String feedbackIntro();

    @Message("Vi bekräftar att vi har tagit emot dina synpunkter inom {acknowledge} och svarar inom {answer}.")
    String promise(String acknowledge, String answer);

    @Message("Vad vill du lämna?")
    String kindLegend();

    @Message("Klagomål")
    String kindComplaint();

    @Message("Förslag")
    String kindSuggestion();

    @Message("Beröm")
    String kindPraise();

    @Message("Vilken verksamhet gäller det?")
    String unitLabel();

    @Message("Välj verksamhet")
    String chooseUnit();

    @Message("Dina synpunkter")
    String feedbackTextLabel();

    @Message("Jag vill vara anonym")
    String anonymousLabel();

    @Message("Är du anonym kan vi inte svara dig, men dina synpunkter går ändå till verksamheten.")
    String anonymousHint();

    @Message("Du är anonym. Vi kan inte svara dig.")
    String anonymousNotice();

    @Message("Välj om det är ett klagomål, ett förslag eller beröm.")
    String errorKind();

    @Message("Välj vilken verksamhet det gäller.")
    String errorUnit();

    @Message("Skriv dina synpunkter.")
    String errorFeedbackText();

    @Message("Tack för dina synpunkter!")
    String feedbackReceiptHeading();

    @Message("Vi bekräftar senast")
    String acknowledgeByLabel();

    @Message("Du lämnade dina synpunkter anonymt, så vi kan inte svara dig. De går ändå till verksamheten och räknas i uppföljningen.")
    String anonymousReceipt();

    @Message("Lämna nya synpunkter")
    String newFeedback();

    // --- Signing in on the forms, and "Mina kontakter" ---------------------------------------------------------

    @Message("Logga in med e-legitimation om du vill läsa vårt svar under Mina kontakter. Du kan också skicka utan att logga in.")
    String signInOffer();

    @Message("Logga in med e-legitimation")
    String signIn();

    @Message("Du är inloggad. Vårt svar visas under Mina kontakter.")
    String signedInNotice();

    @Message("Mina kontakter")
    String myContactsTitle();

    @Message("Här ser du frågor och synpunkter som du har skickat när du var inloggad, och våra svar. Har du angett en e-postadress får du svaret dit också. Har du bara angett ett telefonnummer ringer vi dig.")
    String myContactsIntro();

    @Message("Inloggad som")
    String signedInAs();

    @Message("Logga ut")
    String logout();

    @Message("Loggar in …")
    String signingIn();

    @Message("Sidan är för invånare som loggar in med e-legitimation.")
    String residentsOnly();

    @Message("Mina frågor")
    String myQuestionsHeading();

    @Message("Du har inte skickat några frågor när du var inloggad.")
    String noQuestions();

    @Message("Mina synpunkter")
    String myFeedbackHeading();

    @Message("Du har inte lämnat några synpunkter med namn när du var inloggad.")
    String noFeedbackSent();

    @Message("Skickad")
    String sentLabel();

    @Message("Läge")
    String statusLabel();

    @Message("Vårt svar")
    String ourAnswer();

    @Message("Svar {date}")
    String answeredOn(String date);

    @Message("Inget svar ännu.")
    String noAnswerYet();

    @Message("Vi arbetar med det")
    String questionOpen();

    @Message("Avslutad")
    String questionResolved();

    @Message("Samlad med en annan av dina frågor")
    String questionMerged();

    @Message("Ställ en fråga")
    String askAQuestion();
}
