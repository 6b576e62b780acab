package se.socialkontakt.housing.application;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** Every field rule of every step: a bad answer is refused with a problem and the draft stays as it was. */
@QuarkusTest
class ValidationTest {
    private final String resident = KeycloakTokens.accessTokenOf("resident");

    record Case(String step, Map<String, Object> answer, String rule) {
        @Override
        public String toString() {
            return step + ": " + rule;
        }
    }

    static Stream<Case> badAnswers() {
        return Stream.of(
                new Case("who", Map.of(), "a role is required"),
                new Case("who", Map.of("role", "NEIGHBOUR"), "an unknown role"),
                new Case("who", Map.of("role", "ON_BEHALF", "representation", "GUARDIAN", "name", "Tolvan",
                        "personNumber", "19121212-1212"), "the person concerned must consent"),
                new Case("who", Map.of("role", "ON_BEHALF", "representation", "GUARDIAN", "name", "Tolvan",
                        "personNumber", "19121212-1213", "personConcernedConsents", true), "a wrong check digit"),
                new Case("who", Map.of("role", "ON_BEHALF", "representation", "GUARDIAN", "name", "Tolvan",
                        "personNumber", "19121312-1212", "personConcernedConsents", true), "an impossible date"),
                new Case("who", Map.of("role", "ON_BEHALF", "name", "Tolvan", "personNumber", "19121212-1212",
                        "personConcernedConsents", true), "the right to act is required"),
                new Case("applicant", Map.of("name", "T", "decisionBy", "DIGITAL_MAILBOX"), "a phone or e-mail"),
                new Case("applicant", Map.of("name", "T", "email", "not-an-address", "decisionBy", "POST",
                        "postalAddress", "Gatan 1"), "a malformed e-mail"),
                new Case("applicant", Map.of("name", "T", "phone", "070", "decisionBy", "POST"),
                        "a postal address for a decision by post"),
                new Case("applicant", Map.of("name", " ", "phone", "070", "decisionBy", "POST"), "a name"),
                new Case("living", Map.of("homeHelp", true), "a living situation"),
                new Case("living", Map.of("situation", "OWN_HOME_ALONE", "description", "x".repeat(2001)),
                        "a description of at most 2000 characters"),
                new Case("needs", Map.of("physical", " "), "at least one need"),
                new Case("partner", Map.of("movesToo", true), "the partner's name"),
                new Case("partner", Map.of("movesToo", false, "personNumber", "123"), "a partner's bad number"),
                new Case("wishes", Map.of("anywhere", false, "homes", List.of(), "areas", List.of()), "a wish"),
                new Case("wishes", Map.of("anywhere", true, "homes", List.of(), "areas", List.of("Centrum")),
                        "anywhere or a wish, not both"),
                new Case("wishes", Map.of("anywhere", false, "homes", List.of(),
                        "areas", List.of("A", "B", "C", "D")), "at most three wishes"),
                new Case("wishes", Map.of("anywhere", false, "homes", List.of(ApplicationFixture.LINDGARDEN),
                        "areas", List.of("A", "B", "C")), "at most three wishes in all"),
                new Case("wishes", Map.of("anywhere", false, "homes", List.of("5d1c2b3a-0000-4000-8000-0000000000ff"),
                        "areas", List.of()), "a home in the catalogue"),
                new Case("language", Map.of("language", "", "interpreter", true), "a language"),
                new Case("consents", Map.of("healthCare", true), "both consents answered"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void aBadAnswerIsRefusedAndChangesNothing(Case bad) {
        String id = ApplicationFixture.startDraft(resident);
        BadInput.expectProblem(given().auth().oauth2(resident).contentType(ContentType.JSON).body(bad.answer())
                .put("/api/applications/{id}/steps/{step}", id, bad.step()), 400, bad.rule());
        given().auth().oauth2(resident).get("/api/applications/{id}", id).then()
                .body("answers." + bad.step(), nullValue());
    }

    @Test
    void everyStepRefusesMalformedBodies() {
        String id = ApplicationFixture.startDraft(resident);
        for (String step : ApplicationFixture.STEPS.keySet()) {
            BadInput.assertRejectsBadInputWithoutChange(Method.PUT, "/api/applications/" + id + "/steps/" + step,
                    resident, () -> 0);
        }
        BadInput.assertPostRejectsBadInputWithoutChange("/api/applications", resident, () -> Application.count());
    }

    @Test
    void anIncompleteApplicationIsNotSubmittedAndSaysWhatIsMissing() {
        String id = ApplicationFixture.startDraft(resident);
        ApplicationFixture.saveStep(resident, id, "who", ApplicationFixture.STEPS.get("who"));
        BadInput.expectProblem(given().auth().oauth2(resident).post("/api/applications/{id}/submission", id), 400,
                "an incomplete application");
        given().auth().oauth2(resident).post("/api/applications/{id}/submission", id).then()
                .body("problems", hasItem("missing step NEEDS"));
        given().auth().oauth2(resident).get("/api/applications/{id}", id).then().body("summary.status", equalTo("DRAFT"));
    }

    @Test
    void aPowerOfAttorneyMustBeAttachedBeforeSubmitting() {
        String id = ApplicationFixture.startDraft(resident);
        ApplicationFixture.STEPS.forEach((step, answer) -> ApplicationFixture.saveStep(resident, id, step, answer));
        ApplicationFixture.saveStep(resident, id, "who", Map.of("role", "ON_BEHALF", "representation",
                "POWER_OF_ATTORNEY", "name", "Agda Testsson", "personNumber", "19811218-9876",
                "personConcernedConsents", true));
        given().auth().oauth2(resident).post("/api/applications/{id}/submission", id).then().statusCode(400)
                .body("problems", hasItem("a power of attorney must be attached"));
    }

    @Test
    void withProtectedIdentityNothingIsStoredAndThePhoneIsOffered() {
        long before = Application.count();
        given().auth().oauth2(resident).contentType(ContentType.JSON)
                .body(Map.of("applicantRole", "SELF", "protectedIdentity", true)).post("/api/applications")
                .then().statusCode(409).body("reason", equalTo("PROTECTED_IDENTITY"));
        assertThat(Application.count()).isEqualTo(before);
    }

    @Test
    void attachmentsAreRecognisedByTheirContentNotTheirName() {
        String id = ApplicationFixture.startDraft(resident);
        byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 2, 0, 0, 0 };
        given().auth().oauth2(resident).header("X-File-Name", "intyg.pdf").contentType("application/pdf").body(png)
                .post("/api/applications/{id}/attachments", id).then().statusCode(201)
                .body("mediaType", equalTo("image/png"));
        BadInput.expectProblem(given().auth().oauth2(resident).header("X-File-Name", "intyg.pdf")
                .contentType("application/pdf").body("MZ this is a program, not a PDF".getBytes())
                .post("/api/applications/{id}/attachments", id), 415, "a program named .pdf");
        BadInput.expectProblem(given().auth().oauth2(resident).header("X-File-Name", "tom.pdf")
                .contentType("application/pdf").body(new byte[0]).post("/api/applications/{id}/attachments", id),
                400, "an empty file");
        BadInput.expectProblem(given().auth().oauth2(resident).contentType("application/pdf").body(png)
                .post("/api/applications/{id}/attachments", id), 400, "no file name");
        BadInput.expectProblem(given().auth().oauth2(resident).header("X-File-Name", "stor.pdf")
                .contentType("application/pdf").body(new byte[11 * 1024 * 1024])
                .post("/api/applications/{id}/attachments", id), 413, "a file over 10 MB");
        given().auth().oauth2(resident).get("/api/applications/{id}", id).then().body("attachments.size()", equalTo(1));
    }
}
