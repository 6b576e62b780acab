package se.socialkontakt.systemtest;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import se.socialkontakt.events.EventType;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** One resident or staff action in each producing service, through its public API with real logins. */
final class Actions {
    private Actions() {
    }

    record Done(EventType expectedEvent, UUID aggregateId) {
    }

    static Done requestChat() {
        Suite.keepCounsellorOnDuty();
        return new Done(EventType.CHAT_CONVERSATION_REQUESTED, created(given().contentType(ContentType.JSON)
                .body("{\"ageBand\": \"AGE_16_18\"}")
                .post(Suite.Service.CHAT.url("/api/conversations"))));
    }

    static Done startHousingApplication() {
        return new Done(EventType.HOUSING_APPLICATION_STARTED, created(given()
                .auth().oauth2(KeycloakTokens.accessTokenOf("resident"))
                .contentType(ContentType.JSON).body("{\"applicantRole\": \"SELF\"}")
                .post(Suite.Service.HOUSING.url("/api/applications"))));
    }

    static Done logContactCase() {
        return new Done(EventType.CONTACT_CASE_OPENED, created(given()
                .auth().oauth2(KeycloakTokens.accessTokenOf("agent"))
                .contentType(ContentType.JSON)
                .body("""
                        {"channel": "WEB_FORM", "category": "ELDERLY_CARE", "targetGroup": "RELATIVES",
                         "summary": "Fråga om avgifter"}""")
                .post(Suite.Service.CONTACT_CENTER.url("/api/cases"))));
    }

    record PaperApplication(UUID id, String reference) {
    }

    /** An application of resident2's that came on paper, registered whole by the demo assessor. */
    static PaperApplication registerPaperApplication() {
        JsonPath registered = given().auth().oauth2(KeycloakTokens.accessTokenOf("assessor"))
                .contentType(ContentType.JSON).body("""
                        {"applicantIdentityNumber": "19811218-9876", "applicantRole": "SELF", "form": {
                          "who": {"role": "SELF"},
                          "applicant": {"name": "Agda Testsson", "phone": "08-465 004 21", "decisionBy": "POST",
                                        "postalAddress": "Storgatan 1, 111 11 Staden"},
                          "living": {"situation": "OWN_HOME_ALONE", "homeHelp": true, "homeHealthCare": true},
                          "needs": {"physical": "Behöver hjälp dygnet runt"},
                          "partner": {"movesToo": false},
                          "wishes": {"anywhere": true, "homes": [], "areas": []},
                          "language": {"language": "svenska", "interpreter": false},
                          "consents": {"healthCare": true, "relatives": true}}}""")
                .post(Suite.Service.HOUSING.url("/api/assessor/paper-applications"))
                .then().statusCode(201).extract().jsonPath();
        return new PaperApplication(UUID.fromString(registered.getString("application.summary.id")),
                registered.getString("application.summary.reference"));
    }

    private static UUID created(io.restassured.response.Response response) {
        String location = response.then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
