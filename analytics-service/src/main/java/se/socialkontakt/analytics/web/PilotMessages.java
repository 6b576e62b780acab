package se.socialkontakt.analytics.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The pilot evaluation's texts, on its page and in the committee's PDF; Swedish here, English in
 * messages/pilot_en.properties. The texts every staff page has (banner, sign-in, language) come from
 * {@link DashboardMessages}.
 */
@MessageBundle(value = "pilot", locale = "sv")
public interface PilotMessages {
    @Message("Utvärdering av pilot")
    String title();

    @Message("Välj en tjänst och dagen den infördes. Utvärderingen jämför sex månader före införandet med sex månader efter: digital andel av ansökningarna, arbetsdagar till beslut, kontaktcenters ärenden i tjänstens kategori och hur mycket vanliga frågor läses.")
    String intro();

    @Message("För chefer och nämnd. Logga in för att se utvärderingen.")
    String signInNeeded();

    @Message("Du saknar behörighet till utvärderingen (roll chef eller administratör).")
    String forbidden();

    @Message("Tjänst")
    String service();

    @Message("{#when code}{#is 'HOUSING'}E-tjänsten för särskilt boende{#else}{code}{/when}")
    String serviceName(String code);

    @Message("Införandedag")
    String launch();

    @Message("Visa")
    String show();

    @Message("Ladda ner nämndens rapport (PDF)")
    String pdf();

    @Message("Sex månader före och efter införandet")
    String comparison();

    @Message("Nyckeltal")
    String figure();

    @Message("Före: {from} – {to}")
    String before(String from, String to);

    @Message("Efter: {from} – {to}")
    String after(String from, String to);

    @Message("{#when key}{#is 'housing.digitalShare.share'}Digital andel av ansökningarna (%){#is 'housing.decision.workingDays.median'}Arbetsdagar till beslut, median{#is 'contacts.category.HOUSING'}Ärenden i kontaktcenter, kategorin Boende{#is 'faq.views'}Visningar av vanliga frågor{#else}{key}{/when}")
    String figureName(String key);

    @Message("{#when key}{#is 'housing.digitalShare.share'}Andel inskickade ansökningar som kom via e-tjänsten.{#is 'housing.decision.workingDays.median'}Hälften av besluten kom snabbare än så här efter ansökan, räknat i arbetsdagar.{#is 'contacts.category.HOUSING'}Första kontakter som kontaktcenter registrerade i kategorin Boende.{#is 'faq.views'}Alla artiklars visningar: händelserna säger vilken artikel som lästes men inte dess kategori.{#else}{/when}")
    String figureExplanation(String key);

    @Message("Perioden efter införandet är inte slut: den slutar {end}. Talen gäller till och med i dag, {today}; antal går därför inte att jämföra med perioden före ännu.")
    String incomplete(String end, String today);

    @Message("färre än 5 händelser")
    String fewer();

    @Message("Tal som bygger på färre än fem händelser visas som ”färre än 5 händelser” så att ingen enskild kan pekas ut.")
    String suppressionNote();

    @Message("Utvärderingen kunde inte göras. Ange införandedagen som ett datum som inte ligger efter i dag.")
    String refused();

    @Message("Införd {day}.")
    String launched(String day);

    @Message("Till instrumentpanelen")
    String dashboard();
}
