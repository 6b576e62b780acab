package se.socialkontakt.contact.crisis;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * A crisis message goes through the outbox and the real broker to the banner board every service has (this one's
 * included); the test across services is system-tests' CrisisMessageIT.
 */
@QuarkusTest
class CrisisMessageTest {

    @Test
    void publishedItShowsWithinSecondsAndWithdrawnItGoes() {
        String communicator = KeycloakTokens.accessTokenOf("communicator");
        String id = given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("textSv", "Telefonerna ligger nere, använd e-tjänsterna.",
                        "textEn", "The phones are down; please use the e-services.",
                        "validUntil", Instant.now().plus(Duration.ofHours(2)).toString()))
                .post("/api/crisis-messages").then().statusCode(201).extract().path("id");

        await().atMost(Duration.ofSeconds(5)).until(() -> showing("sv").contains(id));
        given().queryParam("lang", "en").get("/api/crisis-banner").then()
                .body("find { it.id == '" + id + "' }.text", equalTo("The phones are down; please use the e-services."));

        given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .post("/api/crisis-messages/{id}/withdrawal", id).then().statusCode(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> !showing("sv").contains(id));
    }

    @Test
    void onlyCommunicatorsAndManagersPublishAndBadPeriodsAreRefused() {
        Map<String, Object> message = Map.of("textSv", "Test", "validUntil", Instant.now().plusSeconds(600).toString());
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).contentType(ContentType.JSON).body(message)
                .post("/api/crisis-messages").then().statusCode(403);
        given().contentType(ContentType.JSON).body(message).post("/api/crisis-messages").then().statusCode(401);
        String communicator = KeycloakTokens.accessTokenOf("communicator");
        BadInput.assertPostRejectsBadInputWithoutChange("/api/crisis-messages", communicator,
                () -> CrisisMessage.count());
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("textSv", "x", "validUntil", Instant.now().minusSeconds(60).toString()))
                .post("/api/crisis-messages"), 400, "a period in the past");
        BadInput.expectProblem(given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("textSv", "x", "validUntil", Instant.now().plus(Duration.ofDays(40)).toString()))
                .post("/api/crisis-messages"), 400, "a period over a month");
    }

    private static List<String> showing(String lang) {
        return given().queryParam("lang", lang).get("/api/crisis-banner").then().statusCode(200).extract().path("id");
    }
}
