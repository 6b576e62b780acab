package se.socialkontakt.housing.application;

import io.restassured.http.ContentType;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Fills in an application through the resident API, step by step, as the wizard does. */
public final class ApplicationFixture {
    public static final String LINDGARDEN = "5d1c2b3a-0000-4000-8000-000000000001";

    public static final Map<String, Map<String, Object>> STEPS = Map.of(
            "who", Map.of("role", "SELF"),
            "applicant", Map.of("name", "Tolvan Tolvansson", "phone", "08-465 004 20", "decisionBy", "DIGITAL_MAILBOX"),
            "living", Map.of("situation", "OWN_HOME_ALONE", "description", "Lägenhet på tredje våningen utan hiss",
                    "homeHelp", true, "homeHealthCare", false),
            "needs", Map.of("physical", "Kan inte gå i trappor", "safety", "Har fallit flera gånger i vinter"),
            "partner", Map.of("movesToo", false),
            "wishes", Map.of("anywhere", false, "homes", List.of(LINDGARDEN), "areas", List.of("Centrum")),
            "language", Map.of("language", "svenska", "interpreter", false),
            "consents", Map.of("healthCare", true, "relatives", false));

    private ApplicationFixture() {
    }

    public static String startDraft(String residentToken) {
        return given().auth().oauth2(residentToken).contentType(ContentType.JSON)
                .body(Map.of("applicantRole", "SELF")).post("/api/applications")
                .then().statusCode(201).extract().path("summary.id");
    }

    public static void saveStep(String residentToken, String id, String step, Map<String, Object> answer) {
        given().auth().oauth2(residentToken).contentType(ContentType.JSON).body(answer)
                .put("/api/applications/{id}/steps/{step}", id, step).then().statusCode(200);
    }

    /** A complete application, submitted. */
    public static String submitted(String residentToken) {
        String id = startDraft(residentToken);
        STEPS.forEach((step, answer) -> saveStep(residentToken, id, step, answer));
        given().auth().oauth2(residentToken).post("/api/applications/{id}/submission", id).then().statusCode(200);
        return id;
    }
}
