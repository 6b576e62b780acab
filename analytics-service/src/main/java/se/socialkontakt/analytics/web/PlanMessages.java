package se.socialkontakt.analytics.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The annual plan's texts and its calendar feed's; Swedish here, English in messages/plan_en.properties. The texts
 * every staff page has (banner, sign-in, language) come from {@link DashboardMessages}.
 */
@MessageBundle(value = "plan", locale = "sv")
public interface PlanMessages {
    @Message("Kommunikationsplaner och årsplan")
    String title();

    @Message("Varje mål har en kommunikationsplan: syfte, målgrupper, budskap, kanaler och aktiviteter. Årsplanen visar alla målens aktiviteter månad för månad.")
    String intro();

    @Message("För kommunikatörer och chefer. Logga in för att se och ändra planerna.")
    String signInNeeded();

    @Message("Du saknar behörighet till årsplanen (roll kommunikatör, chef eller administratör).")
    String forbidden();

    @Message("Årsplan")
    String annualPlan();

    @Message("År")
    String year();

    @Message("Visa")
    String show();

    @Message("Inga aktiviteter den här månaden.")
    String noActivities();

    @Message("Datum")
    String dates();

    @Message("Aktivitet")
    String activity();

    @Message("Mål")
    String goal();

    @Message("Målgrupp")
    String targetGroup();

    @Message("Ansvarig")
    String responsible();

    @Message("Status")
    String statusHeading();

    @Message("{#when status}{#is 'PLANNED'}Planerad{#is 'DONE'}Genomförd{#is 'CANCELLED'}Inställd{#else}{status}{/when}")
    String status(String status);

    @Message("Ändra")
    String edit();

    @Message("Ny aktivitet")
    String newActivity();

    @Message("Ändra aktiviteten")
    String editActivity();

    @Message("Första dag")
    String startsOn();

    @Message("Sista dag (lämna tomt för en enda dag)")
    String endsOn();

    @Message("Spara aktiviteten")
    String saveActivity();

    @Message("Avbryt")
    String cancel();

    @Message("Aktiviteten är sparad.")
    String activitySaved();

    @Message("Aktiviteten kunde inte sparas. Fyll i alla fält; sista dagen får inte vara före den första.")
    String activityRefused();

    @Message("Målens kommunikationsplaner")
    String plans();

    @Message("Syfte")
    String purpose();

    @Message("Målgrupper")
    String targetGroups();

    @Message("Budskap")
    String messages();

    @Message("Kanaler")
    String channels();

    @Message("Spara planen för {goal}")
    String savePlan(String goal);

    @Message("Planen är sparad.")
    String planSaved();

    @Message("Planen kunde inte sparas.")
    String planRefused();

    @Message("Prenumerera i din kalender")
    String subscribe();

    @Message("Kalenderprogram kan inte logga in. Därför får du en egen hemlig adress till årsplanen. Dela den inte. Du kan återkalla den när som helst; en ny adress gör den gamla ogiltig.")
    String subscribeIntro();

    @Message("Skapa min kalenderadress")
    String issueFeed();

    @Message("Återkalla min kalenderadress")
    String revokeFeed();

    @Message("Din kalenderadress (visas bara nu)")
    String feedAddress();

    @Message("Adressen är återkallad.")
    String feedRevoked();

    @Message("Kommunikationsplan – årsplan")
    String feedName();

    @Message("Mål: {goal}\nMålgrupp: {targetGroup}\nAnsvarig: {responsible}\nStatus: {status}")
    String feedDescription(String goal, String targetGroup, String responsible, String status);

    @Message("Till instrumentpanelen")
    String dashboard();
}
