package se.socialkontakt.housing.assessor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static se.socialkontakt.housing.application.ApplicationFixture.STEPS;

/**
 * An application that came on paper, as the assessor console's form sends it: registered whole and counted as
 * paper; a bad answer names the step and field it belongs to (the form shows it there) and registers nothing; only
 * assessors may register one.
 */
@QuarkusTest
class PaperApplicationTest {
    private static final String PATH = "/api/assessor/paper-applications";

    private final String assessor = KeycloakTokens.accessTokenOf("assessor");

    private static Map<String, Object> paper(String step, Map<String, Object> answer) {
        Map<String, Object> form = new HashMap<>(STEPS);
        form.put(step, answer);
        return Map.of("applicantIdentityNumber", "19811218-9876", "applicantRole", "SELF", "form", form);
    }

    private Response register(Map<String, Object> paper) {
        return given().auth().oauth2(assessor).contentType(ContentType.JSON).body(paper).post(PATH);
    }

    @Test
    void anAssessorRegistersAPaperApplicationAndGetsItsReference() {
        String id = register(paper("who", STEPS.get("who"))).then().statusCode(201)
                .header("Location", matchesPattern(".*/api/assessor/applications/[0-9a-f-]{36}"))
                .body("application.summary.channel", equalTo("PAPER"))
                .body("application.summary.status", equalTo("SUBMITTED"))
                .body("application.summary.reference", matchesPattern("SB-\\d{4}-\\d{6}"))
                .body("application.summary.assessor", equalTo("assessor"))
                .body("applicantIdentityNumber", equalTo("198112189876"))
                .extract().path("application.summary.id");
        given().auth().oauth2(assessor).get("/api/assessor/applications").then().statusCode(200)
                .body("find { it.id == '" + id + "' }.channel", equalTo("PAPER"));
    }

    @Test
    void aBadAnswerIsBlamedOnItsStepAndRegistersNothing() {
        long before = count();
        List<String> fields = register(paper("partner", Map.of("movesToo", true, "personNumber", "19121212-1213")))
                .then().statusCode(400).contentType(BadInput.PROBLEM_JSON).extract().jsonPath()
                .getList("violations.field");
        // The page tells the partner's person number from the applicant's: the step comes before the field.
        assertThat(fields).anySatisfy(field -> assertThat(field).endsWith("form.partner.personNumber"))
                .anySatisfy(field -> assertThat(field).endsWith("form.partner.namedWhenMoving"));

        Map<String, Object> badNumber = new HashMap<>(paper("who", STEPS.get("who")));
        badNumber.put("applicantIdentityNumber", "19121312-1212");
        assertThat(register(badNumber).then().statusCode(400).extract().jsonPath().getList("violations.field",
                String.class)).anySatisfy(field -> assertThat(field).endsWith("applicantIdentityNumber"));

        BadInput.expectProblem(register(paper("wishes", Map.of("anywhere", false,
                "homes", List.of("5d1c2b3a-0000-4000-8000-0000000000ff"), "areas", List.of()))), 400, "an unknown home");
        assertThat(register(paper("wishes", Map.of("anywhere", false,
                "homes", List.of("5d1c2b3a-0000-4000-8000-0000000000ff"), "areas", List.of())))
                .jsonPath().getString("field")).isEqualTo("homes");
        Map<String, Object> incomplete = new HashMap<>(STEPS);
        incomplete.remove("consents");
        BadInput.expectProblem(register(Map.of("applicantIdentityNumber", "19811218-9876", "applicantRole", "SELF",
                "form", incomplete)), 400, "a missing step");
        BadInput.expectProblem(register(Map.of("applicantIdentityNumber", "19811218-9876", "form",
                paper("who", STEPS.get("who")).get("form"))), 400, "no role");
        BadInput.assertPostRejectsBadInputWithoutChange(PATH, assessor, PaperApplicationTest::count);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyAnAssessorRegistersPaperApplications() {
        Map<String, Object> paper = paper("who", STEPS.get("who"));
        long before = count();
        for (String role : List.of("resident", "counsellor", "agent")) {
            given().auth().oauth2(KeycloakTokens.accessTokenOf(role)).contentType(ContentType.JSON).body(paper)
                    .post(PATH).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(paper).post(PATH).then().statusCode(401);
        assertThat(count()).isEqualTo(before);
    }

    private static long count() {
        return QuarkusTransaction.requiringNew().call(() -> Application.count());
    }
}
