package se.socialkontakt.contact.contactcase;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

/** Uses real tokens from the running Keycloak: the role decides, not a test double. */
@QuarkusTest
class ContactCaseResourceTest {

    @Test
    void theRightRoleIsServedTheWrongRoleIsForbiddenAndNoTokenIsUnauthorized() {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).get("/api/cases").then().statusCode(200);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("resident")).get("/api/cases").then().statusCode(403);
        given().get("/api/cases").then().statusCode(401);
        given().auth().oauth2("not-a-token").get("/api/cases").then().statusCode(401);
    }

    @Test
    void anAgentLogsAContactWhoseSummaryStaysOutOfTheEvent() {
        String agent = KeycloakTokens.accessTokenOf("agent");
        String id = given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body("""
                        {"channel": "PHONE", "category": "ADVICE",
                         "summary": "Undrar hur man ansöker om hemtjänst åt sin pappa"}""")
                .post("/api/cases")
                .then().statusCode(201).extract().path("id");

        given().auth().oauth2(agent).get("/api/cases").then().statusCode(200).body("id", hasItem(id));
        OutboxEvent row = OutboxEvent.find("aggregateId", UUID.fromString(id)).singleResult();
        assertThat(row.type).isEqualTo("se.socialkontakt.contact.case.logged.v1");
        assertThat(row.payload).doesNotContain("hemtjänst").doesNotContain("agent");
    }

    @Test
    void badInputIsRefusedWithAProblemAndLogsNothing() {
        String agent = KeycloakTokens.accessTokenOf("agent");
        BadInput.assertPostRejectsBadInputWithoutChange("/api/cases", agent, () -> ContactCase.count());
        BadInput.expectProblem(given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body("{\"channel\": \"PHONE\", \"category\": \"ADVICE\", \"summary\": \"   \"}")
                .post("/api/cases"), 400, "blank summary");
        BadInput.expectProblem(given().auth().oauth2(agent).contentType(ContentType.JSON)
                .body("{\"channel\": \"PIGEON\", \"category\": \"ADVICE\", \"summary\": \"x\"}")
                .post("/api/cases"), 400, "unknown channel");
        BadInput.expectProblem(given().auth().oauth2(agent).get("/api/cases?count=100000"), 400, "count too large");
    }
}
