package se.socialkontakt.analytics.goal;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Managers set, change and retire goals; each act is in the history and the audit log; bad input changes nothing. */
@QuarkusTest
class GoalResourceTest {
    private final String manager = KeycloakTokens.accessTokenOf("manager");

    private static Map<String, Object> complaints() {
        Map<String, Object> goal = new HashMap<>(Map.of("name", "Färre klagomål", "metric", "feedback.kind.COMPLAINT",
                "direction", "DOWN", "baselineYear", 2025, "baselineValue", 120, "targetValue", 90,
                "targetYear", 2027));
        goal.put("responsible", "Enhetschef kontaktcenter");
        return goal;
    }

    private String create(Map<String, Object> goal) {
        return given().auth().oauth2(manager).contentType(ContentType.JSON).body(goal).post("/api/goals").then()
                .statusCode(201).extract().header("Location");
    }

    @Test
    void aManagerSetsChangesAndRetiresAGoalAndTheHistoryKeepsEachAct() {
        String location = create(complaints());
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
        given().auth().oauth2(manager).get("/api/goals").then().statusCode(200).body("name", hasItem("Färre klagomål"));

        Map<String, Object> changed = complaints();
        changed.put("targetValue", 80);
        changed.put("baselineValue", 120.00);
        given().auth().oauth2(manager).contentType(ContentType.JSON).body(changed).put(location).then().statusCode(204);
        given().auth().oauth2(manager).post(location + "/retire").then().statusCode(204);
        given().auth().oauth2(manager).get("/api/goals").then().body("id", not(hasItem(id.toString())));

        List<Map<String, Object>> history = given().auth().oauth2(manager).get("/api/goals/history").then()
                .statusCode(200).extract().jsonPath().getList("findAll { it.goalId == '" + id + "' }");
        assertThat(history).extracting(entry -> entry.get("action")).containsExactly("RETIRED", "CHANGED", "CREATED");
        assertThat(history).allSatisfy(entry -> assertThat(entry).containsEntry("actor", "manager")
                .containsEntry("goalName", "Färre klagomål"));
        // 120 and 120.00 are the same baseline: only the target changed.
        assertThat(history.get(1).get("fields")).isEqualTo(
                List.of(Map.of("name", "targetValue", "before", "90", "after", "80")));
        assertThat(AuditEntry.about(id.toString())).extracting(entry -> entry.action)
                .containsExactly("goal.created", "goal.changed", "goal.retired");

        BadInput.expectProblem(given().auth().oauth2(manager).contentType(ContentType.JSON).body(complaints())
                .put(location), 409, "a change to a retired goal");
        BadInput.expectProblem(given().auth().oauth2(manager).post("/api/goals/" + UUID.randomUUID() + "/retire"),
                404, "an unknown goal");
    }

    @Test
    void aCommunicatorOrAnAgentCannotSetGoals() {
        for (String other : new String[] { "communicator", "agent" }) {
            String token = KeycloakTokens.accessTokenOf(other);
            given().auth().oauth2(token).contentType(ContentType.JSON).body(complaints()).post("/api/goals").then()
                    .statusCode(403);
            given().auth().oauth2(token).get("/api/goals/history").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(complaints()).post("/api/goals").then().statusCode(401);
    }

    @Test
    void badInputIsRefusedAsAProblemAndChangesNothing() {
        String location = create(complaints());
        BadInput.assertPostRejectsBadInputWithoutChange("/api/goals", manager, GoalResourceTest::state);
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, location, manager, GoalResourceTest::state);
        long before = state();
        Map<String, Map<String, Object>> bad = new HashMap<>();
        bad.put("a target before the baseline", with("targetYear", 2020));
        bad.put("a metric that is no figure key", with("metric", "DROP TABLE"));
        bad.put("a figure that does not exist", with("metric", "feedback.nothing"));
        bad.put("no direction", with("direction", null));
        bad.put("a direction that is neither up nor down", with("direction", "SIDEWAYS"));
        bad.put("no responsible", with("responsible", " "));
        bad.put("a negative target", with("targetValue", -1));
        bad.forEach((what, body) -> {
            BadInput.expectProblem(given().auth().oauth2(manager).contentType(ContentType.JSON).body(body)
                    .post("/api/goals"), 400, what);
            BadInput.expectProblem(given().auth().oauth2(manager).contentType(ContentType.JSON).body(body)
                    .put(location), 400, what + " in a change");
        });
        assertThat(state()).isEqualTo(before);
    }

    @Test
    void theMetricsAreFiguresWithTheirNames() {
        given().auth().oauth2(manager).get("/api/goals/metrics").then().statusCode(200)
                .body("find { it.key == 'feedback.kind.COMPLAINT' }.label", org.hamcrest.Matchers.equalTo(
                        "Synpunkter per slag: COMPLAINT"))
                .body("find { it.key == 'chat.answered' }.label", org.hamcrest.Matchers.equalTo("Besvarade chattar"));
    }

    private static Map<String, Object> with(String field, Object value) {
        Map<String, Object> goal = complaints();
        goal.put(field, value);
        return goal;
    }

    /** Goals and their changes together: a refused request adds to neither. */
    private static long state() {
        return Goal.count() * 1_000_000 + GoalChange.count();
    }
}
