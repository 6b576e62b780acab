package se.socialkontakt.contact.contactcase;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.contact.sla.SlaWatch;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static se.socialkontakt.contact.contactcase.CaseResourceTest.open;
import static se.socialkontakt.contact.contactcase.CaseResourceTest.phoneCall;

/** A contact's way through the front door, against the real database and broker. */
@QuarkusTest
class CaseFlowTest {
    @Inject
    SlaWatch slaWatch;

    private final String agent = KeycloakTokens.accessTokenOf("agent");
    private final String handler = KeycloakTokens.accessTokenOf("handler");

    @Test
    void resolvedAtFirstContactNeverLeavesTheContactCenter() {
        String id = open(agent, phoneCall("Hur ansöker man om särskilt boende?"));
        given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body(Map.of("text", "Förklarade e-tjänsten och skickade länken."))
                .post("/api/cases/{id}/resolution", id).then().statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolvedAtFirstContact", equalTo(true));
        assertThat(types(id)).containsExactly("opened", "first-response", "resolved");
        assertThat(payload(id, "resolved")).contains("\"atFirstContact\":true");
        // A resolved case stays resolved.
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("text", "igen"))
                .post("/api/cases/{id}/resolution", id).then().statusCode(409);
    }

    @Test
    void routedByTheCategoryRuleToTheUnitWhoseHandlerAnswersIt() {
        String id = open(agent, Map.of("channel", "EMAIL", "category", "FINANCIAL_AID", "targetGroup",
                "INDIVIDUALS_WITH_SUPPORT", "summary", "Fråga om försörjningsstöd i december",
                "contactDetails", "test@example.test"));
        given().auth().oauth2(agent).get("/api/cases/{id}", id).then().body("firstResponseAt", equalTo(null));
        // A handler sees nothing of a case before it reaches their unit.
        given().auth().oauth2(handler).get("/api/cases/{id}", id).then().statusCode(404);

        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of())
                .post("/api/cases/{id}/routing", id).then().statusCode(200)
                .body("status", equalTo("ROUTED")).body("unit", equalTo("FINANCIAL_AID"));
        given().auth().oauth2(handler).get("/api/units/FINANCIAL_AID/cases").then().statusCode(200)
                .body("id", hasItem(id));
        given().auth().oauth2(handler).contentType(ContentType.JSON)
                .body(Map.of("text", "Vi har tagit emot din fråga och ringer dig i morgon."))
                .post("/api/cases/{id}/answers", id).then().statusCode(200);
        given().auth().oauth2(handler).contentType(ContentType.JSON)
                .body(Map.of("text", "Beviljat enligt beslut; se brev."))
                .post("/api/cases/{id}/resolution", id).then().statusCode(200)
                .body("resolvedAtFirstContact", equalTo(false));
        given().auth().oauth2(handler).get("/api/units/FINANCIAL_AID/cases").then().body("id", not(hasItem(id)));

        assertThat(types(id)).containsExactly("opened", "routed", "first-response", "resolved");
        assertThat(payload(id, "resolved")).contains("\"atFirstContact\":false").contains("\"unit\":\"FINANCIAL_AID\"");
        // Each act answered with the whole case, what the resident wrote included: each is audited like a read.
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(id)))
                .extracting(entry -> entry.actor + " " + entry.action)
                .contains("agent ROUTE_CASE", "handler ANSWER_CASE", "handler RESOLVE_CASE");
        given().auth().oauth2(agent).get("/api/units/FINANCIAL_AID/cases").then().statusCode(403);
    }

    @Test
    void aBrokenPromiseIsRecordedAndTheCaseEscalatesToTheHeadOfItsUnitsList() {
        String late = open(agent, Map.of("channel", "WEB_FORM", "category", "CHILDREN_AND_FAMILY", "targetGroup",
                "RELATIVES", "summary", "Orolig för barnbarnet"));
        String onTime = open(agent, Map.of("channel", "WEB_FORM", "category", "CHILDREN_AND_FAMILY", "targetGroup",
                "RELATIVES", "summary", "Fråga om familjerådgivning"));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of())
                .post("/api/cases/{id}/routing", onTime).then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> ContactCase.update(
                "firstResponseDue = ?1, resolutionDue = ?1 where id = ?2", Instant.now().minusSeconds(60),
                UUID.fromString(late)));

        assertThat(slaWatch.checkNow()).isGreaterThanOrEqualTo(2);
        assertThat(slaWatch.checkNow()).as("a breach is recorded once").isZero();

        given().auth().oauth2(agent).get("/api/cases/{id}", late).then()
                .body("sla", equalTo("BREACHED")).body("escalated", equalTo(true))
                .body("status", equalTo("ROUTED")).body("unit", equalTo("CHILDREN_FAMILY"));
        List<String> list = given().auth().oauth2(handler).get("/api/units/CHILDREN_FAMILY/cases")
                .then().statusCode(200).extract().path("id");
        assertThat(list.get(0)).isEqualTo(late);
        assertThat(list).contains(onTime);
        assertThat(types(late)).containsSequence("sla-breached");
        assertThat(types(late).stream().filter("sla-breached"::equals)).hasSize(2);
    }

    @Test
    void aDuplicateIsMergedIntoTheCaseItRepeats() {
        String first = open(agent, phoneCall("Ringer om hemtjänst för sin mamma"));
        String again = open(agent, phoneCall("Ringer igen om samma sak"));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("text", "Lovade återkoppling"))
                .post("/api/cases/{id}/notes", again).then().statusCode(200);
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("into", first))
                .post("/api/cases/{id}/merge", again).then().statusCode(200)
                .body("id", equalTo(first))
                .body("entries.text", hasItem("Lovade återkoppling"));
        given().auth().oauth2(agent).get("/api/cases/{id}", again).then()
                .body("status", equalTo("MERGED")).body("mergedInto", equalTo(first));
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("into", first))
                .post("/api/cases/{id}/merge", first).then().statusCode(400);
    }

    @Test
    void earlierContactsOfAnIdentifiedPersonAreShownWithAnAuditEntry() {
        Map<String, Object> identified = Map.of("channel", "PHONE", "category", "ELDERLY_CARE", "targetGroup",
                "INDIVIDUALS_WITH_SUPPORT", "summary", "Frågar om sin ansökan", "personNumber", "19121212-1212");
        String earlier = open(agent, identified);
        String now = open(agent, identified);
        String anonymous = open(agent, phoneCall("Vill inte uppge namn"));

        given().auth().oauth2(agent).get("/api/cases/{id}/earlier-contacts", now).then().statusCode(200)
                .body("id", hasItem(earlier)).body("id", not(hasItem(anonymous)));
        given().auth().oauth2(agent).get("/api/cases/{id}/earlier-contacts", anonymous).then().statusCode(200)
                .body("size()", equalTo(0));
        // Logged against the person, not the case: the person's log shows who looked and through which case.
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about("191212121212")))
                .extracting(e -> e.actor + " " + e.action + " " + e.detail)
                .contains("agent READ_PERSON_HISTORY through case " + now);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(anonymous)))
                .extracting(e -> e.action).doesNotContain("READ_PERSON_HISTORY");
        given().auth().oauth2(handler).get("/api/cases/{id}/earlier-contacts", now).then().statusCode(403);
    }

    private static List<String> types(String caseId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "aggregateId = ?1 order by createdAt", UUID.fromString(caseId)).stream()
                .map(row -> row.type.replace("se.socialkontakt.contact.case.", "").replace(".v1", "")).toList());
    }

    private static String payload(String caseId, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "aggregateId = ?1 and type = ?2", UUID.fromString(caseId),
                        "se.socialkontakt.contact.case." + type + ".v1").get(0).payload);
    }
}
