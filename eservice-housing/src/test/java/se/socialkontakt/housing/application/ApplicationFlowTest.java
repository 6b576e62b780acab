package se.socialkontakt.housing.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.housing.casesystem.CaseSystemStandIn;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static se.socialkontakt.housing.application.ApplicationFixture.STEPS;

/** From the first step to moving in, with an appeal on the way, against the real database, broker and Keycloak. */
@QuarkusTest
@WithTestResource(value = CaseSystemStandIn.class, scope = TestResourceScope.GLOBAL)
class ApplicationFlowTest {
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();

    private final String resident = KeycloakTokens.accessTokenOf("resident");
    private final String assessor = KeycloakTokens.accessTokenOf("assessor");

    @Test
    void aDraftIsResumedSubmittedDecidedAppealedAndEndsWithMovingIn() {
        String id = ApplicationFixture.startDraft(resident);
        ApplicationFixture.saveStep(resident, id, "who", STEPS.get("who"));
        ApplicationFixture.saveStep(resident, id, "applicant", STEPS.get("applicant"));

        // The resident leaves and comes back: the draft remembers what was answered and what is left.
        given().auth().oauth2(resident).get("/api/applications/{id}", id).then().statusCode(200)
                .body("summary.status", equalTo("DRAFT"))
                .body("answers.applicant.phone", equalTo("08-465 004 20"))
                .body("summary.missingSteps", equalTo(List.of("LIVING", "NEEDS", "PARTNER", "WISHES", "LANGUAGE",
                        "CONSENTS")));
        // The list alone tells where each draft continues: no request per draft.
        given().auth().oauth2(resident).get("/api/applications").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.missingSteps", equalTo(List.of("LIVING", "NEEDS", "PARTNER",
                        "WISHES", "LANGUAGE", "CONSENTS")));
        List.of("living", "needs", "partner", "wishes", "language", "consents")
                .forEach(step -> ApplicationFixture.saveStep(resident, id, step, STEPS.get(step)));
        given().auth().oauth2(resident).header("X-File-Name", "l%C3%A4karintyg.pdf").contentType("application/pdf")
                .body(PDF).post("/api/applications/{id}/attachments", id).then().statusCode(201)
                .body("mediaType", equalTo("application/pdf")).body("fileName", equalTo("läkarintyg.pdf"));

        given().auth().oauth2(resident).post("/api/applications/{id}/submission", id).then().statusCode(200)
                .body("summary.status", equalTo("SUBMITTED"))
                .body("summary.reference", startsWith("SB-"))
                .body("expectedDecisionBy", matchesPattern("\\d{4}-\\d{2}-\\d{2}"));

        given().auth().oauth2(assessor).get("/api/assessor/applications").then().statusCode(200).body("id", hasItem(id));
        given().auth().oauth2(assessor).post("/api/assessor/applications/{id}/assignment", id).then().statusCode(200)
                .body("application.summary.status", equalTo("UNDER_INVESTIGATION"));
        given().auth().oauth2(assessor).get("/api/assessor/applications/{id}", id).then().statusCode(200)
                .body("subjectIdentityNumber", equalTo("191212121212"))
                .body("application.attachments", hasSize(1));
        given().auth().oauth2(assessor).contentType(ContentType.JSON)
                .body(Map.of("text", "Vi behöver ett läkarintyg om dina fall i vintras."))
                .post("/api/assessor/applications/{id}/information-requests", id).then().statusCode(200);

        given().auth().oauth2(resident).get("/api/applications/{id}", id).then()
                .body("summary.status", equalTo("AWAITING_SUPPLEMENT"))
                .body("messages.kind", hasItem("INFORMATION_REQUEST"));
        given().auth().oauth2(resident).contentType(ContentType.JSON)
                .body(Map.of("text", "Intyget från vårdcentralen finns som bilaga."))
                .post("/api/applications/{id}/supplement", id).then().statusCode(200)
                .body("summary.status", equalTo("SUPPLEMENTED"));

        given().auth().oauth2(assessor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REFUSED", "text", "Behoven kan tillgodoses med utökad hemtjänst."))
                .post("/api/assessor/applications/{id}/decision", id).then().statusCode(200);
        given().auth().oauth2(resident).get("/api/applications/{id}", id).then()
                .body("decision.outcome", equalTo("REFUSED")).body("decision.appealBy", matchesPattern("\\d{4}-\\d{2}-\\d{2}"));
        given().auth().oauth2(resident).contentType(ContentType.JSON)
                .body(Map.of("text", "Jag klarar mig inte hemma, se läkarintyget."))
                .post("/api/applications/{id}/appeal", id).then().statusCode(200)
                .body("summary.status", equalTo("APPEALED"));
        given().auth().oauth2(assessor).contentType(ContentType.JSON).body(Map.of("outcome", "CHANGED"))
                .post("/api/assessor/applications/{id}/appeal-outcome", id).then().statusCode(200);
        given().auth().oauth2(assessor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "GRANTED", "text", "Beviljas efter omprövning."))
                .post("/api/assessor/applications/{id}/decision", id).then().statusCode(409);
        given().auth().oauth2(assessor).post("/api/assessor/applications/{id}/offer", id).then().statusCode(409);

        assertThat(types(id)).containsSubsequence("started", "submitted", "status-changed", "supplement-requested",
                "supplement-received", "decision-made", "appeal-received");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(id)))
                .extracting(e -> e.action).contains("READ_APPLICATION");
    }

    @Test
    void aGrantedApplicationEndsWithMovingInAndAPaperOneCountsAsPaper() {
        String id = ApplicationFixture.submitted(resident);
        given().auth().oauth2(assessor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "GRANTED", "text", "Beviljas.")).post("/api/assessor/applications/{id}/decision", id)
                .then().statusCode(200);
        given().auth().oauth2(assessor).post("/api/assessor/applications/{id}/offer", id).then().statusCode(200);
        given().auth().oauth2(assessor).post("/api/assessor/applications/{id}/moved-in", id).then().statusCode(200)
                .body("application.summary.status", equalTo("MOVED_IN"));

        Map<String, Object> form = Map.of("who", STEPS.get("who"), "applicant", STEPS.get("applicant"),
                "living", STEPS.get("living"), "needs", STEPS.get("needs"), "partner", STEPS.get("partner"),
                "wishes", Map.of("anywhere", true, "homes", List.of(), "areas", List.of()),
                "language", STEPS.get("language"), "consents", STEPS.get("consents"));
        String paper = given().auth().oauth2(assessor).contentType(ContentType.JSON)
                .body(Map.of("applicantIdentityNumber", "19811218-9876", "applicantRole", "SELF", "form", form))
                .post("/api/assessor/paper-applications").then().statusCode(201)
                .body("application.summary.channel", equalTo("PAPER"))
                .body("application.summary.status", equalTo("SUBMITTED")).extract().path("application.summary.id");
        assertThat(payload(paper, "submitted")).contains("\"channel\":\"PAPER\"");
    }

    private static List<String> types(String id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "aggregateId = ?1 order by createdAt", UUID.fromString(id)).stream()
                .map(row -> row.type.replace("se.socialkontakt.housing.application.", "").replace(".v1", ""))
                .toList());
    }

    private static String payload(String id, String type) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list("aggregateId = ?1 and type = ?2",
                UUID.fromString(id), "se.socialkontakt.housing.application." + type + ".v1").get(0).payload);
    }
}
