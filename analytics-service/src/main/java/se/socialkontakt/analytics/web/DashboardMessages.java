package se.socialkontakt.analytics.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The dashboard's texts; Swedish here, English in messages/msg_en.properties. */
@MessageBundle(value = "msg", locale = "sv")
public interface DashboardMessages {
    @Message("Uppföljning och statistik")
    String title();

    @Message("Nyckeltal för socialtjänstens kontakter: kanaler, svarstider, ärenden som löses direkt och mål mot utfall. Talen räknas fram ur händelserna från alla tjänster och uppdateras medan du tittar.")
    String intro();

    @Message("För chefer och nämnd. Logga in för att se instrumentpanelen.")
    String signInNeeded();

    @Message("Logga in")
    String signIn();

    @Message("Logga ut")
    String signOut();

    @Message("Visa")
    String show();

    @Message("Period")
    String period();

    @Message("Dag")
    String day();

    @Message("Vecka")
    String week();

    @Message("Månad")
    String month();

    @Message("Kvartal")
    String quarter();

    @Message("År")
    String year();

    @Message("Datum i perioden")
    String date();

    @Message("Kanal")
    String channel();

    @Message("Enhet")
    String unit();

    @Message("Alla")
    String all();

    @Message("Ladda ner CSV")
    String csv();

    @Message("Ladda ner rapport (PDF)")
    String pdf();

    @Message("Nyckeltal")
    String keyFigures();

    @Message("Samma period året innan")
    String yearEarlier();

    @Message("färre än 5 händelser")
    String fewer();

    @Message("Urvalet gäller inte det här talet; det visar alla.")
    String notFiltered();


    @Message("Kontakter per kanal")
    String perChannel();

    @Message("Antal")
    String count();

    @Message("Mål")
    String goals();

    @Message("Hittills i år")
    String yearToDate();

    @Message("Mållinjen i dag")
    String targetLine();

    @Message("Målvärde")
    String target();

    @Message("Uppdaterad till {time}.")
    String updated(String time);

    @Message("Socialtjänstens nyckeltal {year}")
    String publicTitle(int year);

    @Message("Så här har socialtjänstens kontakter med invånarna gått hittills i år, jämfört med samma tid förra året. Talen räknas fram ur händelser i våra e-tjänster, chatten och kontaktcenter. De innehåller inga uppgifter om enskilda personer.")
    String publicIntro();

    @Message("Hittills i år")
    String publicThisYear();

    @Message("Samma tid förra året")
    String publicLastYear();

    @Message("För få för att visas")
    String publicFewer();

    @Message("Tal som bygger på färre än fem händelser visas inte, så att ingen enskild person kan pekas ut. Medianer och andelar visas när de bygger på minst fem händelser.")
    String publicSuppressionNote();

    @Message("Räknat {date}.")
    String publicCounted(String date);

    @Message("Räkna om siffrorna")
    String rebuildHeading();

    @Message("Alla siffror räknas om från de sparade händelserna. Under tiden visas de nuvarande siffrorna; de nya visas när omräkningen är klar. Inga händelser tas bort.")
    String rebuildIntro();

    @Message("Jag vill räkna om alla siffror")
    String rebuildConfirm();

    @Message("Starta omräkningen")
    String rebuildStart();

    @Message("Kryssa i rutan först för att bekräfta omräkningen.")
    String rebuildConfirmFirst();

    @Message("Omräkning {generation}: {done} av {total} händelser räknade.")
    String rebuildProgress(String generation, String done, String total);

    @Message("Omräkning {generation} är klar och visas nu.")
    String rebuildDone(String generation);

    @Message("Siffrorna ligger efter: {count} händelser väntar på att räknas.")
    String behind(String count);

    @Message("Nya händelser – talen har uppdaterats.")
    String liveUpdated();

    @Message("Du saknar behörighet till instrumentpanelen (roll chef eller administratör).")
    String forbidden();

    @Message("Tal som bygger på färre än fem händelser visas som ”färre än 5 händelser” så att ingen enskild kan pekas ut.")
    String suppressionNote();

    @Message("{#when code}{#is 'PHONE'}Telefon{#is 'EMAIL'}E-post{#is 'WEB_FORM'}Webbformulär{#is 'VISIT'}Besök{#is 'CHAT'}Chatt{#is 'SOCIAL_MEDIA'}Sociala medier{#else}{code}{/when}")
    String channelName(String code);

    @Message("{#when code}{#is 'CHILDREN_FAMILY'}Barn och familj{#is 'ADULTS'}Vuxenenheten{#is 'FINANCIAL_AID'}Ekonomiskt bistånd{#is 'ELDERLY'}Äldreomsorg{#is 'DISABILITY'}Funktionsstöd{#is 'ADDICTION'}Beroendeenheten{#else}{code}{/when}")
    String unitName(String code);

    @Message("Ansvarig (roll eller titel)")
    String goalResponsible();

    @Message("Ange en roll eller titel, till exempel Enhetschef kontaktcenter, inte en persons namn.")
    String goalResponsibleHint();

    @Message("Riktning")
    String goalDirection();

    @Message("{#when direction}{#is 'UP'}Öka{#is 'DOWN'}Minska{#else}{direction}{/when}")
    String directionName(String direction);

    @Message("I fas")
    String goalOnTrack();

    @Message("Åtgärder")
    String goalActions();

    @Message("Nytt mål")
    String newGoal();

    @Message("Ändra målet {name}")
    String editGoal(String name);

    @Message("Målets namn")
    String goalName();

    @Message("Nyckeltal som följs")
    String goalMetric();

    @Message("Utgångsår")
    String goalBaselineYear();

    @Message("Utgångsvärde")
    String goalBaselineValue();

    @Message("Målår")
    String goalTargetYear();

    @Message("Spara målet")
    String goalSave();

    @Message("Avbryt")
    String goalCancel();

    @Message("Ändra")
    String goalEdit();

    @Message("Avsluta")
    String goalRetire();

    @Message("Avsluta målet {name}? Det följs inte längre men finns kvar i historiken.")
    String goalRetireConfirm(String name);

    @Message("Målet är sparat.")
    String goalSaved();

    @Message("Målet är avslutat.")
    String goalRetired();

    @Message("Målet kunde inte sparas. Kontrollera att alla fält är ifyllda och att målåret inte är före utgångsåret.")
    String goalRefused();

    @Message("Ändringar av målen")
    String goalHistory();

    @Message("När")
    String historyWhen();

    @Message("Vem")
    String historyWho();

    @Message("Vad")
    String historyWhat();

    @Message("{#when action}{#is 'CREATED'}Skapat{#is 'CHANGED'}Ändrat{#is 'RETIRED'}Avslutat{#else}{action}{/when}")
    String goalAction(String action);

    @Message("Ja")
    String yes();

    @Message("Nej")
    String no();

    @Message("Målens kommunikationsplaner och årsplanen")
    String planLink();

    @Message("Utvärdering av pilot: sex månader före och efter ett införande")
    String pilotLink();
}
