package se.socialkontakt.analytics.trend;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The dashboard's time chart section in Swedish and in English, with the caution under a marker's numbers. */
@QuarkusTest
class TrendSectionTest {

    @Test
    void theSectionSpeaksThePagesLanguage() {
        given().get("/").then().statusCode(200)
                .body(containsString("<h2 id=\"trend-heading\">Vecka för vecka</h2>"))
                .body(containsString("<option value=\"housing.submitted\">Ansökningar om särskilt boende</option>"))
                .body(containsString("en förändring inte bevisar att aktiviteten eller meddelandet var orsaken"))
                .body(containsString("\"kinds\": { \"ACTIVITY\": \"Aktivitet\", \"CRISIS_MESSAGE\": \"Krismeddelande\" }"));
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<h2 id=\"trend-heading\">Week by week</h2>"))
                .body(containsString("a change does not prove that the activity or message caused it"))
                .body(containsString("\"ongoing\": \"VALUE (still running)\""));
    }
}
