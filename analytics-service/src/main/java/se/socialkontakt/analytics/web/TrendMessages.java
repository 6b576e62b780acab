package se.socialkontakt.analytics.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the dashboard's time chart with its markers and their before and after; Swedish here, English in
 * messages/trend_en.properties. Words in capitals are filled in by the page's script.
 */
@MessageBundle(value = "trend", locale = "sv")
public interface TrendMessages {
    @Message("Vecka för vecka")
    String heading();

    @Message("Nyckeltalet vecka för vecka under året fram till datumet ovan. Trianglarna i diagrammet visar aktiviteter ur målens kommunikationsplaner och krismeddelanden. Välj en av dem i listan under diagrammet för att se talet före och efter.")
    String intro();

    @Message("Nyckeltal i diagrammet")
    String figure();

    @Message("Veckor före och efter")
    String weeks();

    @Message("{n} veckor")
    String weekCount(int n);

    @Message("Visa diagrammets siffror som tabell")
    String showTable();

    @Message("Vecka")
    String week();

    @Message("Aktiviteter och krismeddelanden")
    String markers();

    @Message("Inga aktiviteter eller krismeddelanden under de här veckorna.")
    String noMarkers();

    @Message("{#when kind}{#is 'ACTIVITY'}Aktivitet{#is 'CRISIS_MESSAGE'}Krismeddelande{#else}{kind}{/when}")
    String markerKind(String kind);

    @Message("mål: {goal}")
    String goalOf(String goal);

    @Message("v. {number} {year}")
    String weekLabel(String number, String year);

    @Message("Vecka {number} {year}, från {monday}")
    String weekRow(String number, String year, String monday);

    @Message("Före och efter: {title}")
    String beforeAfterHeading(String title);

    @Message("Period")
    String period();

    @Message("{weeks} veckor före")
    String before(String weeks);

    @Message("{weeks} veckor från och med dagen")
    String after(String weeks);

    @Message("Förändring")
    String change();

    @Message("Kring markeringen")
    String around();

    @Message("Samma veckor ett år tidigare")
    String yearEarlier();

    @Message("{value} (pågår ännu)")
    String ongoing(String value);

    @Message("går inte att jämföra")
    String noComparison();

    @Message("Före: {before}. Från och med dagen: {after}. Ett år tidigare: {yearBefore} och {yearAfter}.")
    String dates(String before, String after, String yearBefore, String yearAfter);

    @Message("Tänk på att en förändring inte bevisar att aktiviteten eller meddelandet var orsaken. Annat kan ha hänt samtidigt, till exempel lov, helgdagar, väder eller nyheter. Jämför med samma veckor ett år tidigare för att se vad som brukar hända vid den tiden.")
    String caution();

    @Message("Talen kunde inte hämtas. Försök igen.")
    String failed();
}
