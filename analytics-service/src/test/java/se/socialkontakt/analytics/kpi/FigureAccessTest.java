package se.socialkontakt.analytics.kpi;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Figures and goals are for management; goals are set by the admin; bad parameters are refused. */
@QuarkusTest
class FigureAccessTest {
    private final String manager = KeycloakTokens.accessTokenOf("manager");
    private final String admin = KeycloakTokens.accessTokenOf("admin");

    @Test
    void managementSeesFiguresAndGoalsAndNobodyElse() {
        given().auth().oauth2(manager).get("/api/figures?period=YEAR").then().statusCode(200)
                .body("period.kind", equalTo("YEAR"));
        given().auth().oauth2(manager).get("/api/figures/export.csv?period=MONTH&format=machine").then()
                .statusCode(200).body(containsString("figure,period_start,value,year_earlier,events"));
        given().auth().oauth2(manager).get("/api/goals").then().statusCode(200)
                .body("name", hasItem("Unga som fått råd och stöd i chatten per år"));
        for (String other : new String[] { "agent", "resident", "counsellor" }) {
            given().auth().oauth2(KeycloakTokens.accessTokenOf(other)).get("/api/figures").then().statusCode(403);
            given().auth().oauth2(KeycloakTokens.accessTokenOf(other)).get("/api/goals").then().statusCode(403);
        }
        given().get("/api/figures").then().statusCode(401);
        given().auth().oauth2(manager).post("/api/admin/replay").then().statusCode(403);
    }

    @Test
    void onlyTheAdminSetsGoalsAndBadInputChangesNothing() {
        Map<String, Object> goal = Map.of("name", "Chattar per år", "metric", "chat.answered", "baselineYear", 2025,
                "baselineValue", 800, "targetValue", 1000, "targetYear", 2027);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(goal).post("/api/goals").then().statusCode(403);
        String location = given().auth().oauth2(admin).contentType(ContentType.JSON).body(goal).post("/api/goals")
                .then().statusCode(201).extract().header("Location");
        given().auth().oauth2(admin).delete(location).then().statusCode(204);
        BadInput.assertPostRejectsBadInputWithoutChange("/api/goals", admin, () -> Goal.count());
        BadInput.expectProblem(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "metric", "chat.answered", "baselineYear", 2026, "baselineValue", 1,
                        "targetValue", 2, "targetYear", 2020)).post("/api/goals"), 400, "a target before the baseline");
        BadInput.expectProblem(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "metric", "DROP TABLE", "baselineYear", 2026, "baselineValue", 1,
                        "targetValue", 2, "targetYear", 2027)).post("/api/goals"), 400, "a metric that is no figure key");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/figures?period=DECADE"), 404, "an unknown period");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/figures?date=2026-13-01"), 404, "a bad date");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/figures?channel=phone;"), 400, "a bad filter");
    }
}
