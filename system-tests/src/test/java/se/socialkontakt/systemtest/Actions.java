package se.socialkontakt.systemtest;

import io.restassured.http.ContentType;
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

    private static UUID created(io.restassured.response.Response response) {
        String location = response.then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.substring(location.lastIndexOf('/') + 1));
    }
}
