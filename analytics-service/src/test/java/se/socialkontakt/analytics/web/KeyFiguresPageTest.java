package se.socialkontakt.analytics.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.event.EventStore;
import se.socialkontakt.events.ChatConversationAbandoned;
import se.socialkontakt.events.EventEnvelope;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The public key figures: no login, this year's figures to date in plain Swedish (English on request), suppressed
 * below five events as on the dashboard.
 */
@QuarkusTest
class KeyFiguresPageTest {
    @Inject
    EventStore store;

    @Test
    void residentsSeeTheYearsFiguresWithoutLoginAndNothingBelowFive() throws Exception {
        List<EventStore.Received> abandoned = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < 5; i++) {
            abandoned.add(new EventStore.Received(EventEnvelope.wrap(URI.create("/socialkontakt/key-figures-test"),
                    new ChatConversationAbandoned(UUID.randomUUID(), now, 60), now, UUID.randomUUID().toString())));
        }
        store.store(abandoned);
        int year = LocalDate.now(ZoneId.of("Europe/Stockholm")).getYear();

        String page = given().get("/nyckeltal").then().statusCode(200).contentType("text/html")
                .body(containsString("<html lang=\"sv\""))
                .body(containsString("Socialtjänstens nyckeltal " + year))
                .body(containsString("För få för att visas"))
                .extract().asString();
        // The abandoned chats of this year are at least the five stored here: shown as a number, not as "too few".
        Matcher abandonedTile = Pattern.compile("Avbrutna i kön</h2>\\s*<p class=\"tile-value\" data-value>"
                + "([^<]*)<").matcher(page);
        assertThat(abandonedTile.find()).as("the abandoned chats' tile in %s", page).isTrue();
        assertThat(Double.parseDouble(abandonedTile.group(1).replace("\u00a0", "").replace(" ", ""))).isGreaterThanOrEqualTo(5);

        given().get("/nyckeltal?lang=en").then().statusCode(200)
                .body(containsString("<html lang=\"en\""))
                .body(containsString("key figures " + year));
    }
}
