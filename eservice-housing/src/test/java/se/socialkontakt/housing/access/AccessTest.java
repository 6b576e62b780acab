package se.socialkontakt.housing.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.socialkontakt.housing.application.ApplicationFixture;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * Resident A cannot read, change or attach to resident B's application through any endpoint; an assessor can, with
 * every read in the audit log; a counsellor cannot.
 */
@QuarkusTest
class AccessTest {
    private final String residentA = KeycloakTokens.accessTokenOf("resident");
    private final String residentB = KeycloakTokens.accessTokenOf("resident2");
    private final String assessor = KeycloakTokens.accessTokenOf("assessor");
    private final String counsellor = KeycloakTokens.accessTokenOf("counsellor");

    /** Every resident endpoint about one application. */
    private static List<Function<RequestSpecification, io.restassured.response.Response>> residentCalls(String id) {
        Map<String, Object> text = Map.of("text", "Hej");
        return List.of(
                r -> r.get("/api/applications/{id}", id),
                r -> r.get("/api/applications/{id}/messages", id),
                r -> r.contentType(ContentType.JSON).body(ApplicationFixture.STEPS.get("needs"))
                        .put("/api/applications/{id}/steps/needs", id),
                r -> r.post("/api/applications/{id}/submission", id),
                r -> r.contentType(ContentType.JSON).body(text).post("/api/applications/{id}/messages", id),
                r -> r.contentType(ContentType.JSON).body(text).post("/api/applications/{id}/supplement", id),
                r -> r.contentType(ContentType.JSON).body(text).post("/api/applications/{id}/appeal", id),
                r -> r.header("X-File-Name", "a.pdf").contentType("application/pdf").body("%PDF-1.4\n%%EOF".getBytes())
                        .post("/api/applications/{id}/attachments", id),
                r -> r.get("/api/applications/{id}/attachments/{a}", id, "00000000-0000-0000-0000-000000000001"),
                r -> r.delete("/api/applications/{id}/attachments/{a}", id, "00000000-0000-0000-0000-000000000001"));
    }

    @Test
    void oneResidentCannotTouchAnothersApplication() {
        String draftOfB = ApplicationFixture.startDraft(residentB);
        String submittedOfB = ApplicationFixture.submitted(residentB);
        for (String id : List.of(draftOfB, submittedOfB)) {
            for (var call : residentCalls(id)) {
                int status = call.apply(given().auth().oauth2(residentA)).statusCode();
                assertThat(status).as("resident A on B's application").isIn(403, 404);
            }
        }
        given().auth().oauth2(residentA).get("/api/applications").then().statusCode(200)
                .body("id", not(hasItem(draftOfB))).body("id", not(hasItem(submittedOfB)));
        given().auth().oauth2(residentB).get("/api/applications/{id}", submittedOfB).then().statusCode(200);
    }

    @Test
    void anAssessorReadsWithAnAuditEntryAndACounsellorCannot() {
        String id = ApplicationFixture.submitted(residentB);
        given().auth().oauth2(assessor).get("/api/assessor/applications/{id}", id).then().statusCode(200);
        given().auth().oauth2(assessor).get("/api/assessor/applications/{id}", id).then().statusCode(200);
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(id)))
                .filteredOn(e -> e.action.equals("READ_APPLICATION")).hasSize(2)
                .allSatisfy(e -> assertThat(e.actor).isEqualTo("assessor"));

        given().auth().oauth2(counsellor).get("/api/assessor/applications/{id}", id).then().statusCode(403);
        given().auth().oauth2(counsellor).get("/api/assessor/applications").then().statusCode(403);
        given().auth().oauth2(counsellor).get("/api/applications/{id}", id).then().statusCode(403);
        given().auth().oauth2(assessor).get("/api/applications/{id}", id).then().statusCode(403);
        given().get("/api/applications/{id}", id).then().statusCode(401);
        // A resident is no assessor.
        given().auth().oauth2(residentB).get("/api/assessor/applications/{id}", id).then().statusCode(403);
        // Drafts stay the resident's own, even for assessors.
        String draft = ApplicationFixture.startDraft(residentB);
        given().auth().oauth2(assessor).get("/api/assessor/applications/{id}", draft).then().statusCode(404);
    }
}
