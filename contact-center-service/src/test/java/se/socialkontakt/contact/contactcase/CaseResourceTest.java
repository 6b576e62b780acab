package se.socialkontakt.contact.contactcase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Registering contacts with real tokens from the running Keycloak: the role decides, not a test double. */
@QuarkusTest
class CaseResourceTest {

    static String open(String agent, Map<String, Object> contact) {
        return given().auth().oauth2(agent).contentType(ContentType.JSON).body(contact)
                .post("/api/cases").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> phoneCall(String summary) {
        return Map.of("channel", "PHONE", "category", "ELDERLY_CARE", "targetGroup", "RELATIVES", "summary", summary);
    }

    @Test
    void theRightRoleIsServedTheWrongRoleIsForbiddenAndNoTokenIsUnauthorized() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).get("/api/cases").then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("resident")).get("/api/cases").then().statusCode(403);
        given().get("/api/cases").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/cases").then().statusCode(401);
    }

    @Test
    void anAgentRegistersAContactWhoseSummaryStaysOutOfTheEvents() {
        String agent = KeycloakTokens.accessTokenOf("agent");
        String id = open(agent, phoneCall("Undrar hur man ansöker om hemtjänst åt sin pappa"));

        given().auth().oauth2(agent).get("/api/cases").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(agent).get("/api/cases/{id}", id).then().statusCode(200)
                .body("reference", notNullValue())
                .body("status", equalTo("OPEN"))
                .body("firstResponseAt", notNullValue());
        List<OutboxEvent> rows = OutboxEvent.list("aggregateId = ?1 order by createdAt", UUID.fromString(id));
        assertThat(rows).extracting(r -> r.type).containsExactly("se.socialkontakt.contact.case.opened.v1",
                "se.socialkontakt.contact.case.first-response.v1");
        assertThat(rows).allSatisfy(row -> assertThat(row.payload).doesNotContain("hemtjänst").doesNotContain("agent"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(id)))
                .extracting(e -> e.action).containsExactly("READ_CASE");
    }

    @Test
    void badInputIsRefusedWithAProblemAndRegistersNothing() {
        String agent = KeycloakTokens.accessTokenOf("agent");
        BadInput.assertPostRejectsBadInputWithoutChange("/api/cases", agent, () -> ContactCase.count());
        BadInput.expectProblem(given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "category", "ADVICE", "targetGroup", "RELATIVES", "summary", "  "))
                .post("/api/cases"), 400, "blank summary");
        BadInput.expectProblem(given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("channel", "PIGEON", "category", "ADVICE", "targetGroup", "RELATIVES", "summary", "x"))
                .post("/api/cases"), 400, "unknown channel");
        BadInput.expectProblem(given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "category", "ASTROLOGY", "targetGroup", "RELATIVES", "summary", "x"))
                .post("/api/cases"), 400, "unknown category");
        BadInput.expectProblem(given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("channel", "PHONE", "category", "ADVICE", "targetGroup", "RELATIVES", "summary", "x",
                        "personNumber", "19121212-1213"))
                .post("/api/cases"), 400, "a wrong check digit");
        BadInput.expectProblem(given().auth().oauth2(agent).get("/api/cases?count=100000"), 400, "count too large");
        BadInput.expectProblem(given().auth().oauth2(agent).get("/api/cases/not-a-uuid"), 404, "a malformed id");
    }

    @Test
    void anAgentFindsACaseByItsExactReferenceWithAnAuditEntry() {
        String agent = KeycloakTokens.accessTokenOf("agent");
        String id = open(agent, phoneCall("Vill veta mer om trygghetslarm"));
        String reference = given().auth().oauth2(agent).get("/api/cases/{id}", id).then().extract().path("reference");

        given().auth().oauth2(agent).queryParam("reference", reference).get("/api/cases").then().statusCode(200)
                .body("id", equalTo(List.of(id))).body("reference", equalTo(List.of(reference)));
        given().auth().oauth2(agent).queryParam("reference", "KC-1999-000001").get("/api/cases").then()
                .statusCode(200).body("id", equalTo(List.of()));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "action = ?1 and detail = ?2", "LIST_CASES", "reference " + reference)))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.actor).isEqualTo("agent"));

        for (String bad : List.of(reference.toLowerCase(), reference + " ", "KC-26-1", "' or 1=1 --")) {
            BadInput.expectProblem(given().auth().oauth2(agent).queryParam("reference", bad).get("/api/cases"), 400,
                    "reference " + bad);
        }
        for (String role : List.of("handler", "resident", "communicator")) {
            given().auth().oauth2(KeycloakTokens.accessTokenOf(role)).queryParam("reference", reference)
                    .get("/api/cases").then().statusCode(403);
        }
        given().queryParam("reference", reference).get("/api/cases").then().statusCode(401);
    }
}
