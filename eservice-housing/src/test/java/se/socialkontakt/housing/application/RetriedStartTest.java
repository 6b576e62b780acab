package se.socialkontakt.housing.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.EventType;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.KeycloakTokens;
import se.socialkontakt.testsupport.RetriedCreate;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** A start the resident's page (or a balancer) sends again with its Idempotency-Key starts one draft. */
@QuarkusTest
class RetriedStartTest {
    private final String resident = KeycloakTokens.accessTokenOf("resident");
    private final String otherResident = KeycloakTokens.accessTokenOf("resident2");

    @Test
    void aRetriedStartStartsOneDraft() {
        RetriedCreate.assertCreatesOnce(key -> start(resident, key), "summary.id",
                () -> QuarkusTransaction.requiringNew().call(() -> Application.count()),
                id -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId = ?1 and type = ?2",
                        UUID.fromString(id), EventType.HOUSING_APPLICATION_STARTED.type())));
    }

    @Test
    void theSameKeyFromAnotherResidentIsTheirOwnStart() {
        String key = UUID.randomUUID().toString();
        String mine = start(resident, key).then().statusCode(201).extract().path("summary.id");
        String theirs = start(otherResident, key).then().statusCode(201).extract().path("summary.id");
        assertThat(theirs).isNotEqualTo(mine);
    }

    private static Response start(String token, String key) {
        RequestSpecification request = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("applicantRole", "SELF"));
        return (key == null ? request : request.header(RetriedCreate.HEADER, key)).post("/api/applications");
    }
}
