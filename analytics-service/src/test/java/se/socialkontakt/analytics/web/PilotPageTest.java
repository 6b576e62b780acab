package se.socialkontakt.analytics.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The pilot evaluation's page is served to anyone (it holds no figures), Swedish first; the dashboard links to it. */
@QuarkusTest
class PilotPageTest {

    @Test
    void thePageHasTheServiceAndEveryFigureInSwedishAndInEnglish() {
        given().get("/pilotutvardering").then().statusCode(200)
                .body(containsString("<h1>Utvärdering av pilot</h1>"))
                .body(containsString("<option value=\"HOUSING\">E-tjänsten för särskilt boende</option>"))
                .body(containsString("Ärenden i kontaktcenter, kategorin Boende"))
                .body(containsString("\"before\": \"Före: FROM – TO\""));
        given().get("/pilotutvardering?lang=en").then().statusCode(200)
                .body(containsString("<h1>Pilot evaluation</h1>"))
                .body(containsString("Digital share of applications (%)"));
        given().get("/").then().statusCode(200).body(containsString("<a href=\"/pilotutvardering?lang=sv\">"));
    }
}
