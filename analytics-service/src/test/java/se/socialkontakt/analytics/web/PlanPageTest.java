package se.socialkontakt.analytics.web;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The annual plan's page is served to anyone (it holds no plans), Swedish first, with every month. */
@QuarkusTest
class PlanPageTest {

    @Test
    void thePageHasEveryMonthInSwedishAndInEnglish() {
        given().get("/plan").then().statusCode(200)
                .body(containsString("<h1>Kommunikationsplaner och årsplan</h1>"))
                .body(containsString("<h3 id=\"month-1\">Januari</h3>"))
                .body(containsString("<h3 id=\"month-12\">December</h3>"))
                .body(containsString("\"CANCELLED\": \"Inställd\""));
        given().get("/plan?lang=en").then().statusCode(200)
                .body(containsString("Communication plans and annual plan"))
                .body(containsString("<h3 id=\"month-9\">September</h3>"));
    }
}
