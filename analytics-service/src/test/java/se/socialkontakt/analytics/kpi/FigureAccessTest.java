package se.socialkontakt.analytics.kpi;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Figures and goals are for management; bad parameters are refused. Setting goals: goal/GoalResourceTest. */
@QuarkusTest
class FigureAccessTest {
    private final String manager = KeycloakTokens.accessTokenOf("manager");

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
    void badFigureParametersAreRefused() {
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/figures?period=DECADE"), 404, "an unknown period");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/figures?date=2026-13-01"), 404, "a bad date");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/figures?channel=phone;"), 400, "a bad filter");
    }
}
