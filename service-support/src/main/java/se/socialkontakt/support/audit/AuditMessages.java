package se.socialkontakt.support.audit;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The audit log's search page, the same in every service, in plain Swedish;
 * English in messages/audit_en.properties (keep the two side by side).
 */
@MessageBundle(value = "audit", locale = "sv")
public interface AuditMessages {
    @Message("Loggranskning")
    String title();

    @Message("Socialkontakt – socialtjänstens digitala kontakter")
    String banner();

    @Message("Hoppa till innehållet")
    String skipToContent();

    @Message("Logga ut")
    String logout();

    @Message("Loggen visar vem som har läst eller gjort vad i {service}, när och varför. Varje sökning loggas också.")
    String intro(String service);

    @Message("ungdomschatten")
    String serviceChat();

    @Message("e-tjänsten för särskilt boende")
    String serviceHousing();

    @Message("kontaktcentret")
    String serviceContactCenter();

    @Message("uppföljningen")
    String serviceAnalytics();

    @Message("Sidan behöver JavaScript för att logga in och söka.")
    String needsJavaScript();

    @Message("Loggar in …")
    String signingIn();

    @Message("Du har inte behörighet att granska loggen i den här tjänsten.")
    String noAccess();

    @Message("Sök i loggen")
    String searchHeading();

    @Message("Lämna ett fält tomt för att inte begränsa sökningen på det.")
    String searchHint();

    @Message("Vem (användarnamn)")
    String actorLabel();

    @Message("Vad (ärendets, samtalets eller listans id)")
    String subjectLabel();

    @Message("Händelse, till exempel READ")
    String actionLabel();

    @Message("Från och med dag")
    String fromLabel();

    @Message("Till och med dag")
    String toLabel();

    @Message("Sök")
    String search();

    @Message("Söker …")
    String searching();

    @Message("Sökningen gick inte att göra")
    String errorSummaryTitle();

    @Message("Fel:")
    String errorPrefix();

    @Message("Första dagen kan inte vara efter den sista.")
    String invertedPeriod();

    @Message("Kontrollera sökfälten: ett användarnamn eller id är högst 100 tecken, en händelse högst 40 och en dag skrivs som 2026-12-31.")
    String badSearch();

    @Message("Något gick fel. Försök igen om en stund.")
    String somethingWentWrong();

    @Message("Träffar, nyast först")
    String resultsHeading();

    @Message("Inga loggposter matchar sökningen.")
    String nothingFound();

    @Message("Träffar på sidan")
    String entriesOnPage();

    @Message("Tidpunkt")
    String atColumn();

    @Message("Vem")
    String actorColumn();

    @Message("Händelse")
    String actionColumn();

    @Message("Vad")
    String subjectColumn();

    @Message("Varför eller mer om händelsen")
    String detailColumn();

    @Message("Nyare")
    String newer();

    @Message("Äldre")
    String older();

    @Message("Sidbläddring")
    String pagingLabel();
}
