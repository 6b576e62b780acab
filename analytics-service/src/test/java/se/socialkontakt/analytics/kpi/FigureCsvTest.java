package se.socialkontakt.analytics.kpi;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.event.EventStore;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.HousingApplicationStarted;
import se.socialkontakt.events.HousingApplicationSubmitted;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CSV opens in Excel with Swedish settings: a byte order mark, semicolons, Swedish headers and names, decimal
 * commas; the machine-readable English variant stays available by a parameter.
 */
@QuarkusTest
class FigureCsvTest {
    /** A day of its own in the past, so events of other tests never mix in. */
    private final LocalDate day = LocalDate.of(1960, 1, 1).plusDays(new Random().nextInt(3000));
    private final String manager = KeycloakTokens.accessTokenOf("manager");

    @Inject
    EventStore store;

    @Test
    void theSwedishCsvParsesWithSwedishSettings() throws Exception {
        List<EventData> events = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            UUID application = UUID.randomUUID();
            HousingApplicationStarted.Channel channel = i < 5 ? HousingApplicationStarted.Channel.DIGITAL
                    : HousingApplicationStarted.Channel.PAPER;
            events.add(new HousingApplicationSubmitted(application, "SB-1960-%06d".formatted(i),
                    day.atTime(10, i).toInstant(ZoneOffset.UTC), HousingApplicationStarted.ApplicantRole.SELF, 1,
                    channel));
        }
        store.store(events.stream().map(data -> new EventStore.Received(EventEnvelope.wrap(
                URI.create("/socialkontakt/figure-csv-test"), data, day.atTime(10, 0).toInstant(ZoneOffset.UTC),
                UUID.randomUUID().toString()))).toList());

        byte[] body = given().auth().oauth2(manager).get("/api/figures/export.csv?period=DAY&date=" + day).then()
                .statusCode(200).extract().asByteArray();
        String csv = new String(body, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv.substring(1))).getRecords();
        Map<String, CSVRecord> byKey = records.stream().collect(Collectors.toMap(r -> r.get("Kod"),
                Function.identity()));
        CSVRecord digitalShare = byKey.get("housing.digitalShare.share");
        assertThat(digitalShare.get("Nyckeltal")).isEqualTo("Digital andel (%)");
        // 5 of 6, shown with a decimal comma as Swedish Excel reads numbers.
        assertThat(digitalShare.get("Värde")).isEqualTo("83,33");
        assertThat(NumberFormat.getInstance(Locale.forLanguageTag("sv-SE")).parse(digitalShare.get("Värde"))
                .doubleValue()).isEqualTo(83.33);
        assertThat(digitalShare.get("Antal händelser")).isEqualTo("6");
        assertThat(byKey.get("housing.submitted").get("Värde")).isEqualTo("6");
        assertThat(byKey.get("contacts.total").get("Värde")).isEqualTo("färre än 5 händelser");

        String machine = given().auth().oauth2(manager)
                .get("/api/figures/export.csv?period=DAY&format=machine&date=" + day).then().statusCode(200)
                .extract().asString();
        assertThat(machine).startsWith("figure,period_start,value,year_earlier,events")
                .contains("housing.digitalShare.share," + day + ",83.33,");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/figures/export.csv?format=xls"), 400,
                "an unknown CSV format");
    }
}
