package se.socialkontakt.contact.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The staff pages' texts (agent console, handler list, editorial desk); Swedish here, English in
 * messages/staff_en.properties. Texts the residents' pages share with them come from {@link ContactMessages}.
 */
@MessageBundle(value = "staff", locale = "sv")
public interface StaffMessages {
    @Message("Personalsidor")
    String staffNavigation();

    @Message("Loggar in…")
    String signingIn();

    @Message("Du är inloggad men saknar behörighet för den här sidan.")
    String noAccess();

    @Message("Inloggad som")
    String signedInAs();

    @Message("Logga ut")
    String logout();

    @Message("Sidan kräver JavaScript.")
    String needsJavaScript();

    @Message("Något gick fel. Försök igen.")
    String failed();

    @Message("Kontrollera det markerade fältet.")
    String invalid();

    @Message("Ärendet är redan stängt och kan inte ändras.")
    String closed();

    @Message("Sparat.")
    String saved();

    @Message("Uppdatera")
    String refresh();

    // --- Labels of codes ---------------------------------------------------------------------------------------

    @Message("Telefon")
    String channelPhone();

    @Message("E-post")
    String channelEmail();

    @Message("Webbformulär")
    String channelWebForm();

    @Message("Chatt")
    String channelChat();

    @Message("Besök")
    String channelVisit();

    @Message("Sociala medier")
    String channelSocialMedia();

    @Message("Öppet")
    String statusOpen();

    @Message("Hos enhet")
    String statusRouted();

    @Message("Löst")
    String statusResolved();

    @Message("Sammanslaget")
    String statusMerged();

    @Message("I tid")
    String slaOnTrack();

    @Message("Snart försenat")
    String slaNearBreach();

    @Message("Försenat")
    String slaBreached();

    @Message("Eskalerat")
    String escalated();

    @Message("Svar")
    String entryAnswer();

    @Message("Intern anteckning")
    String entryNote();

    // --- A case ------------------------------------------------------------------------------------------------

    @Message("Ärende")
    String caseHeading();

    @Message("Stäng ärendet")
    String closeCase();

    @Message("Kanal")
    String channel();

    @Message("Kategori")
    String category();

    @Message("Målgrupp")
    String targetGroup();

    @Message("Status")
    String status();

    @Message("Enhet")
    String unit();

    @Message("Svarstid")
    String sla();

    @Message("Registrerat")
    String openedAt();

    @Message("Första svar senast")
    String firstResponseDue();

    @Message("Löst senast")
    String resolutionDue();

    @Message("Personnummer")
    String personNumber();

    @Message("Kontaktuppgifter")
    String contactDetails();

    @Message("Ärendet")
    String summary();

    @Message("Svar och anteckningar")
    String entriesHeading();

    @Message("Inga svar eller anteckningar ännu.")
    String noEntries();

    @Message("Svar till personen")
    String answerLabel();

    @Message("Spara svar")
    String saveAnswer();

    @Message("Lös direkt")
    String resolveAtFirstContact();

    @Message("Lös ärendet")
    String resolve();

    @Message("Skicka vidare till")
    String routeLabel();

    @Message("Skicka vidare")
    String route();

    @Message("Intern anteckning")
    String noteLabel();

    @Message("Spara anteckning")
    String saveNote();

    @Message("Slå ihop dubblett")
    String mergeLegend();

    @Message("Det här ärendet är en dubblett av (ärendenummer, till exempel KC-2026-000123)")
    String mergeLabel();

    @Message("Svar och anteckningar flyttas till det andra ärendet, som behålls.")
    String mergeHint();

    @Message("Slå ihop")
    String merge();

    @Message("Hittar inget annat öppet ärende med det ärendenumret, till exempel KC-2026-000123.")
    String mergeUnknown();

    @Message("Tidigare kontakter")
    String earlierHeading();

    @Message("Visa tidigare kontakter")
    String showEarlier();

    @Message("Uppslaget loggas mot personen: vem som tittade, när och i vilket ärende.")
    String earlierAudited();

    @Message("Inga tidigare kontakter.")
    String noEarlier();

    @Message("Personen är inte identifierad, så tidigare kontakter kan inte visas.")
    String notIdentified();

    @Message("Svaret är sparat.")
    String answerSaved();

    @Message("Anteckningen är sparad.")
    String noteSaved();

    @Message("Ärendet är löst.")
    String resolved();

    @Message("Ärendet är löst vid första kontakt.")
    String resolvedAtFirstContact();

    @Message("Ärendet är skickat till")
    String routedTo();

    @Message("Ärendet är sammanslaget med")
    String mergedInto();

    // --- The agent console -------------------------------------------------------------------------------------

    @Message("Agentkonsol")
    String agentTitle();

    @Message("Ny kontakt")
    String newContactHeading();

    @Message("Välj")
    String choose();

    @Message("Vad gäller kontakten?")
    String summaryLabel();

    @Message("Personnummer (frivilligt)")
    String personNumberLabel();

    @Message("Bara om personen vill bli identifierad: då kan tidigare kontakter visas. 12 siffror, till exempel 19121212-1212.")
    String personNumberHint();

    @Message("Kontaktuppgifter (frivilligt)")
    String contactDetailsLabel();

    @Message("Registrera kontakt")
    String register();

    @Message("Kontakten är registrerad.")
    String registered();

    @Message("Välj kategori.")
    String chooseCategory();

    @Message("Välj målgrupp.")
    String chooseTargetGroup();

    @Message("Skriv vad kontakten gäller.")
    String describeContact();

    @Message("Skriv svaret.")
    String writeAnswer();

    @Message("Skriv anteckningen.")
    String writeNote();

    @Message("Skriv en rubrik på svenska.")
    String writeTitle();

    @Message("Skriv en text på svenska.")
    String writeBody();

    @Message("Skriv meddelandet på svenska.")
    String writeCrisisMessage();

    @Message("Personnumret är inte giltigt.")
    String invalidPersonNumber();

    @Message("Kunskapsbanken")
    String knowledgeHeading();

    @Message("Sök i kunskapsbanken")
    String knowledgeSearchLabel();

    @Message("Träffarna visas medan du skriver. Interna svar är markerade.")
    String knowledgeHint();

    @Message("Internt svar")
    String internal();

    @Message("Visa hela svaret")
    String showArticle();

    @Message("Infoga svaret")
    String insertAnswer();

    @Message("Svaret är infogat i ärendet.")
    String inserted();

    @Message("Öppna eller registrera ett ärende först.")
    String noOpenCase();

    @Message("Inga träffar.")
    String noHits();

    @Message("1 träff")
    String oneHit();

    /** Rendered with "#" for the script to put the count in. */
    @Message("{count} träffar")
    String hits(String count);

    @Message("Senaste ärenden")
    String latestHeading();

    @Message("Inga ärenden ännu.")
    String noCases();

    // --- The handlers' list ------------------------------------------------------------------------------------

    @Message("Enhetens ärenden")
    String handlerTitle();

    @Message("Du arbetar inte i någon enhets lista.")
    String noUnits();

    @Message("Ärenden i listan")
    String unitCasesHeading();

    @Message("Eskalerade ärenden står först.")
    String escalatedFirst();

    @Message("Synpunkter och klagomål")
    String feedbackHeading();

    @Message("Inga synpunkter.")
    String noFeedback();

    @Message("Mottaget")
    String receivedAt();

    @Message("Bekräftas senast")
    String acknowledgeDue();

    @Message("Besvaras senast")
    String answerDue();

    @Message("Avsändare")
    String sender();

    @Message("Anonym – kan inte få svar")
    String anonymous();

    @Message("Bekräfta mottagandet")
    String acknowledge();

    @Message("Bekräftat")
    String acknowledgedAt();

    @Message("Besvarat")
    String answeredAt();

    @Message("Svar")
    String feedbackAnswerLabel();

    @Message("Vad gjorde ni? Avsändaren är anonym och kan inte få något svar; texten sparas för uppföljningen.")
    String anonymousHandledLabel();

    @Message("Markera som hanterad")
    String markHandled();

    @Message("Synpunkten är markerad som hanterad.")
    String markedHandled();

    @Message("Skicka svar")
    String sendAnswer();

    @Message("Skickat")
    String answerSent();

    @Message("Sparat, väntar på att skickas")
    String answerWaiting();

    @Message("Svaret skickas till personens e-post och visas under Mina kontakter.")
    String replyPageAndEmail();

    @Message("Svaret visas för personen under Mina kontakter.")
    String replyPage();

    @Message("Svaret skickas till personens e-post. Går det inte att skicka nu försöker vi igen tills det går.")
    String replyEmail();

    @Message("Svaret skickas inte: personen har bara lämnat telefonnummer. Ring (eller svara i samtalet eller på plats) och skriv här vad du sa.")
    String replyPhone();

    // --- The editorial desk ------------------------------------------------------------------------------------

    @Message("Redaktion")
    String editorTitle();

    @Message("Artiklar i kunskapsbanken")
    String articlesHeading();

    @Message("Rubrik")
    String articleTitle();

    @Message("Synlighet")
    String audience();

    @Message("Uppdaterad")
    String updatedAt();

    @Message("Ny artikel")
    String newArticle();

    @Message("Redigera artikel")
    String editArticle();

    @Message("Publik – vanliga frågor")
    String audiencePublic();

    @Message("Intern – bara personal")
    String audienceInternal();

    @Message("Utkast")
    String draft();

    @Message("Publicerad")
    String published();

    @Message("Rubrik på svenska")
    String titleSv();

    @Message("Text på svenska")
    String bodySv();

    @Message("Rubrik på engelska (frivilligt)")
    String titleEn();

    @Message("Text på engelska (frivilligt, men tillsammans med rubriken)")
    String bodyEn();

    @Message("Skriv både rubrik och text på engelska, eller ingetdera.")
    String englishTogether();

    @Message("Spara")
    String save();

    @Message("Publicera")
    String publish();

    @Message("Avpublicera")
    String unpublish();

    @Message("Utkastet är sparat. Det syns inte för invånarna förrän du publicerar det.")
    String articleSaved();

    @Message("Ändringen är sparad och syns för invånarna.")
    String publishedArticleSaved();

    @Message("Artikeln är publicerad och syns för invånarna.")
    String articlePublished();

    @Message("Artikeln är avpublicerad och syns inte längre för invånarna.")
    String articleUnpublished();

    @Message("Relaterade artiklar")
    String relatedArticles();

    @Message("Visas under artikeln på webbplatsen när båda är publicerade; interna svar bara för personalen.")
    String relatedHint();

    @Message("Inga relaterade artiklar än.")
    String noRelated();

    @Message("Sök en artikel att lägga till (titel)")
    String relatedSearchLabel();

    @Message("Lägg till")
    String addRelated();

    @Message("Ta bort")
    String removeRelated();

    @Message("De relaterade artiklarna är sparade.")
    String relatedSaved();

    @Message("Krismeddelanden")
    String crisisHeading();

    @Message("Visas överst på alla invånarsidor under giltighetstiden, högst en månad.")
    String crisisHint();

    @Message("Meddelande på svenska")
    String crisisTextSv();

    @Message("Meddelande på engelska (frivilligt)")
    String crisisTextEn();

    @Message("Gäller från (tomt betyder nu)")
    String validFrom();

    @Message("Gäller till")
    String validUntil();

    @Message("Publicera krismeddelande")
    String publishCrisis();

    @Message("Krismeddelandet är publicerat.")
    String crisisPublished();

    @Message("Perioden måste sluta i framtiden, efter att den börjar, och vara högst en månad.")
    String invalidPeriod();

    @Message("Dra tillbaka")
    String withdraw();

    @Message("Tillbakadraget")
    String withdrawn();

    @Message("Inga krismeddelanden.")
    String noCrisisMessages();
}
