package se.socialkontakt.analytics.plan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/**
 * Communicators keep each goal's plan and activities; the annual plan lists them, and so does the calendar feed
 * behind a secret address, which ical4j reads back as a valid calendar.
 */
@QuarkusTest
class PlanResourceTest {
    private final String communicator = KeycloakTokens.accessTokenOf("communicator");
    private final String manager = KeycloakTokens.accessTokenOf("manager");

    private String goal() {
        Map<String, Object> goal = new HashMap<>(Map.of("name", "Fler digitala ansökningar " + System.nanoTime(),
                "metric", "housing.digitalShare.share", "direction", "UP", "baselineYear", 2025, "baselineValue", 40,
                "targetValue", 70, "targetYear", 2027));
        goal.put("responsible", "Enhetschef biståndsenheten");
        String location = given().auth().oauth2(manager).contentType(ContentType.JSON).body(goal).post("/api/goals")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static Map<String, Object> activity(String startsOn, String endsOn, String text) {
        Map<String, Object> activity = new HashMap<>(Map.of("startsOn", startsOn, "activity", text,
                "targetGroup", "Anhöriga", "responsible", "Kommunikatör", "status", "PLANNED"));
        activity.put("endsOn", endsOn);
        return activity;
    }

    private String add(String goalId, Map<String, Object> activity) {
        return given().auth().oauth2(communicator).contentType(ContentType.JSON).body(activity)
                .post("/api/plan/goals/" + goalId + "/activities").then().statusCode(201).extract().header("Location");
    }

    @Test
    void aCommunicatorKeepsThePlanAndTheAnnualPlanAndFeedShowIt() throws Exception {
        String goalId = goal();
        given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("purpose", "Fler söker digitalt", "targetGroups", "Äldre och anhöriga",
                        "messages", "Det går att ansöka på webben", "channels", "Webb, brev, träffpunkter"))
                .put("/api/plan/goals/" + goalId).then().statusCode(204);
        add(goalId, activity("2031-02-10", null, "Informationsbrev till anhöriga"));
        add(goalId, activity("2031-03-01", "2031-04-15", "Kampanj på träffpunkterna"));
        String third = add(goalId, activity("2031-09-05", null, "Utvärdering efter sex månader"));
        Map<String, Object> cancelled = activity("2031-09-05", null, "Utvärdering efter sex månader");
        cancelled.put("status", "CANCELLED");
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(cancelled).put(third).then().statusCode(204);

        given().auth().oauth2(communicator).get("/api/plan/goals").then().statusCode(200)
                .body("find { it.goalId == '" + goalId + "' }.texts.channels",
                        org.hamcrest.Matchers.equalTo("Webb, brev, träffpunkter"));
        given().auth().oauth2(communicator).get("/api/plan?year=2031").then().statusCode(200)
                .body("activity", org.hamcrest.Matchers.contains("Informationsbrev till anhöriga",
                        "Kampanj på träffpunkterna", "Utvärdering efter sex månader"))
                .body("status", hasItem("CANCELLED"));

        String address = given().auth().oauth2(communicator).post("/api/plan/feed").then().statusCode(200)
                .extract().path("address");
        // The feed holds last year to next year; 2031's activities are out of its window, this year's are not.
        String thisYear = String.valueOf(java.time.LocalDate.now().getYear());
        add(goalId, activity(thisYear + "-05-20", null, "Annons i lokaltidningen"));
        Response feed = given().get(address);
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(feed.asString()));
        assertThat(calendar.validate().hasErrors()).as("validation of\n%s", feed.asString()).isFalse();
        List<VEvent> events = calendar.getComponents("VEVENT");
        VEvent advert = events.stream().filter(event -> event.getSummary().getValue()
                .equals("Annons i lokaltidningen")).findFirst().orElseThrow();
        assertThat(advert.getDateTimeStart().getValue()).isEqualTo(thisYear + "0520");
        assertThat(advert.<Property>getProperty("DESCRIPTION").orElseThrow().getValue())
                .contains("Målgrupp: Anhöriga").contains("Ansvarig: Kommunikatör");

        // A new address revokes the old; a revoked address shows nothing.
        String second = given().auth().oauth2(communicator).post("/api/plan/feed").then().statusCode(200)
                .extract().path("address");
        BadInput.expectProblem(given().get(address), 404, "a replaced feed address");
        given().get(second).then().statusCode(200);
        given().auth().oauth2(communicator).delete("/api/plan/feed").then().statusCode(204);
        BadInput.expectProblem(given().get(second), 404, "a revoked feed address");
        assertThat(PlanFeed.<PlanFeed>listAll()).noneMatch(stored -> second.contains(stored.tokenHash));
    }

    @Test
    void othersAreRefusedAndBadInputChangesNothing() {
        String goalId = goal();
        String agent = KeycloakTokens.accessTokenOf("agent");
        given().auth().oauth2(agent).get("/api/plan").then().statusCode(403);
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(activity("2031-01-01", null, "x"))
                .post("/api/plan/goals/" + goalId + "/activities").then().statusCode(403);
        given().auth().oauth2(agent).post("/api/plan/feed").then().statusCode(403);
        given().get("/api/plan").then().statusCode(401);
        BadInput.expectProblem(given().get("/api/plan/feed/not-a-token.ics"), 404, "an unknown feed address");

        String path = "/api/plan/goals/" + goalId + "/activities";
        BadInput.assertPostRejectsBadInputWithoutChange(path, communicator, () -> Activity.count());
        String location = add(goalId, activity("2031-01-01", null, "Nyhetsbrev"));
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, location, communicator, () -> Activity.count());
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, "/api/plan/goals/" + goalId, communicator,
                () -> GoalPlan.count());
        long before = Activity.count();
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(activity("2031-05-01", "2031-04-01", "Baklänges")).post(path), 400, "a period that ends first");
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(activity("2031-05-01", null, " ")).post(path), 400, "no activity");
        Map<String, Object> unknownStatus = activity("2031-05-01", null, "Nyhetsbrev");
        unknownStatus.put("status", "MAYBE");
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(unknownStatus).post(path), 400, "an unknown status");
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(activity("2031-05-01", null, "Nyhetsbrev"))
                .post("/api/plan/goals/" + java.util.UUID.randomUUID() + "/activities"), 404, "an unknown goal");
        assertThat(Activity.count()).isEqualTo(before);
    }
}
