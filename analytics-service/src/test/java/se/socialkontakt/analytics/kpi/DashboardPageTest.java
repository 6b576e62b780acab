package se.socialkontakt.analytics.kpi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The dashboard page is served to anyone (it holds no figures), in Swedish or English, with its assets local. */
@QuarkusTest
class DashboardPageTest {

    @Test
    void thePageLoadsItsScriptsFromThisServiceNeverACdn() {
        given().get("/").then().statusCode(200)
                .body(containsString("<h1>Uppföljning och statistik</h1>"))
                .body(containsString("/webjars/chart.js/4.5.1/dist/chart.umd.js"))
                .body(containsString("data-client-id=\"analytics-web\""))
                .body(not(containsString("https://cdn")));
        given().get("/webjars/chart.js/4.5.1/dist/chart.umd.js").then().statusCode(200);
        given().get("/webjars/keycloak-js/25.0.4/dist/keycloak.js").then().statusCode(200);
        given().get("/?lang=en").then().statusCode(200).body(containsString("Follow-up and statistics"));
    }
}
