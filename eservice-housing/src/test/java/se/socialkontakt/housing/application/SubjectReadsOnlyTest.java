package se.socialkontakt.housing.application;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/**
 * An application made on someone's behalf: the person it is for may read it, but only the one who applies changes
 * it. Before, the person concerned could rewrite the draft, change the applicant's contact details and make it their
 * own.
 */
@QuarkusTest
class SubjectReadsOnlyTest {
    private final String relative = KeycloakTokens.accessTokenOf("resident");
    private final String personConcerned = KeycloakTokens.accessTokenOf("resident2");

    @Test
    void thePersonItIsForReadsButOnlyTheApplicantWrites() {
        String id = ApplicationFixture.startDraft(relative);
        ApplicationFixture.STEPS.forEach((step, answer) -> ApplicationFixture.saveStep(relative, id, step, answer));
        ApplicationFixture.saveStep(relative, id, "who", Map.of("role", "ON_BEHALF", "representation",
                "POWER_OF_ATTORNEY", "name", "Agda Testsson", "personNumber", "19811218-9876",
                "personConcernedConsents", true));
        String before = given().auth().oauth2(relative).get("/api/applications/{id}", id).then().statusCode(200)
                .extract().asString();

        given().auth().oauth2(personConcerned).get("/api/applications/{id}", id).then().statusCode(200)
                .body("summary.status", equalTo("DRAFT"))
                .body("summary.reader", equalTo("PERSON_CONCERNED"))
                .body("summary.concerns", equalTo("Agda Testsson"))
                .body("summary.appliedBy", equalTo(ApplicationFixture.STEPS.get("applicant").get("name")));
        given().auth().oauth2(personConcerned).get("/api/applications").then().statusCode(200)
                .body("find { it.id == '%s' }.reader".formatted(id), equalTo("PERSON_CONCERNED"));
        given().auth().oauth2(relative).get("/api/applications").then().statusCode(200)
                .body("find { it.id == '%s' }.reader".formatted(id), equalTo("APPLICANT"))
                .body("find { it.id == '%s' }.concerns".formatted(id), equalTo("Agda Testsson"));
        BadInput.expectProblem(given().auth().oauth2(personConcerned).contentType(ContentType.JSON)
                .body(Map.of("role", "SELF")).put("/api/applications/{id}/steps/{step}", id, "who"), 403,
                "the person concerned making it their own");
        BadInput.expectProblem(given().auth().oauth2(personConcerned).contentType(ContentType.JSON)
                .body(ApplicationFixture.STEPS.get("applicant"))
                .put("/api/applications/{id}/steps/{step}", id, "applicant"), 403,
                "the person concerned changing the applicant's details");
        BadInput.expectProblem(given().auth().oauth2(personConcerned).post("/api/applications/{id}/submission", id),
                403, "the person concerned submitting");
        BadInput.expectProblem(given().auth().oauth2(personConcerned).header("X-File-Name", "fullmakt.pdf")
                .contentType("application/pdf").body("%PDF-1.4 fullmakt".getBytes())
                .post("/api/applications/{id}/attachments", id), 403, "the person concerned attaching a file");

        BadInput.expectProblem(given().auth().oauth2(personConcerned).delete("/api/applications/{id}", id), 403,
                "the person concerned deleting the draft");

        given().auth().oauth2(relative).get("/api/applications/{id}", id).then().statusCode(200)
                .body(equalTo(before));
    }

    @Test
    void onlyTheApplicantDeletesADraftAndOnlyWhileItIsOne() {
        String draft = ApplicationFixture.startDraft(relative);
        ApplicationFixture.saveStep(relative, draft, "applicant", ApplicationFixture.STEPS.get("applicant"));
        BadInput.expectProblem(given().auth().oauth2(personConcerned).delete("/api/applications/{id}", draft), 404,
                "a stranger deleting someone's draft");

        given().auth().oauth2(relative).delete("/api/applications/{id}", draft).then().statusCode(204);
        given().auth().oauth2(relative).get("/api/applications/{id}", draft).then().statusCode(404);

        String submitted = ApplicationFixture.submitted(relative);
        BadInput.expectProblem(given().auth().oauth2(relative).delete("/api/applications/{id}", submitted), 409,
                "deleting a submitted application");
        given().auth().oauth2(relative).get("/api/applications/{id}", submitted).then().statusCode(200);
    }

    /**
     * The person concerned reads the messages of a submitted application but does not write as the applicant: their
     * text was stored and shown as the applicant's ("Du"), to the assessor as well.
     */
    @Test
    void thePersonItIsForReadsTheMessagesButDoesNotWriteAsTheApplicant() {
        String id = ApplicationFixture.startDraft(relative);
        ApplicationFixture.STEPS.forEach((step, answer) -> ApplicationFixture.saveStep(relative, id, step, answer));
        ApplicationFixture.saveStep(relative, id, "who", Map.of("role", "ON_BEHALF", "representation", "GUARDIAN",
                "name", "Agda Testsson", "personNumber", "19811218-9876", "personConcernedConsents", true));
        given().auth().oauth2(relative).post("/api/applications/{id}/submission", id).then().statusCode(200);
        given().auth().oauth2(relative).contentType(ContentType.JSON).body(Map.of("text", "När kommer beslutet?"))
                .post("/api/applications/{id}/messages", id).then().statusCode(200);

        BadInput.expectProblem(given().auth().oauth2(personConcerned).contentType(ContentType.JSON)
                .body(Map.of("text", "Jag vill inte flytta")).post("/api/applications/{id}/messages", id), 403,
                "the person concerned writing as the applicant");
        given().auth().oauth2(personConcerned).get("/api/applications/{id}/messages", id).then().statusCode(200)
                .body("text", equalTo(List.of("När kommer beslutet?")));
    }
}
