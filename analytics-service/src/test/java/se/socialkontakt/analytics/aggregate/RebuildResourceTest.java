package se.socialkontakt.analytics.aggregate;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * The admin's rebuild: only with an explicit confirmation, only for the admin, audited, and followed to the switch
 * through its progress.
 */
@QuarkusTest
class RebuildResourceTest {
    private final String admin = KeycloakTokens.accessTokenOf("admin");
    private final String manager = KeycloakTokens.accessTokenOf("manager");

    @Inject
    EntityManager entityManager;

    @Test
    void anAdminRebuildsWithConfirmationAndFollowsItToTheSwitch() {
        given().auth().oauth2(manager).contentType(ContentType.JSON).body("{\"confirm\":true}")
                .post("/api/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(manager).get("/api/admin/rebuild").then().statusCode(403);
        given().contentType(ContentType.JSON).body("{\"confirm\":true}").post("/api/admin/rebuild").then()
                .statusCode(401);
        BadInput.expectProblem(given().auth().oauth2(admin).contentType(ContentType.JSON).body("{}")
                .post("/api/admin/rebuild"), 400, "no confirmation");
        BadInput.expectProblem(given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"confirm\":false}")
                .post("/api/admin/rebuild"), 400, "a confirmation that says no");
        long audited = audited();
        // The ingest catches up with what other modules' tests left on the topics; once it has, the rebuild's count
        // can be held against the archive's.
        long[] lastSeen = {-1};
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            long now = storedEvents();
            boolean settled = now == lastSeen[0];
            lastSeen[0] = now;
            return settled;
        });

        int generation = given().auth().oauth2(admin).contentType(ContentType.JSON).body("{\"confirm\":true}")
                .post("/api/admin/rebuild").then().statusCode(202).body("state", equalTo("BUILDING"))
                .body("startedBy", equalTo("admin")).extract().path("generation");
        assertThat(audited()).isEqualTo(audited + 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(admin)
                .get("/api/admin/rebuild").then().statusCode(200)
                .body("[0].generation", equalTo(generation)).body("[0].state", equalTo("SERVING")));
        int processed = given().auth().oauth2(admin).get("/api/admin/rebuild").then().extract()
                .path("[0].eventsProcessed");
        assertThat((long) processed).isEqualTo(storedEvents());
    }

    private long storedEvents() {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager
                .createNativeQuery("SELECT count(*) FROM event").getSingleResult())).longValue();
    }

    private long audited() {
        return ((Number) QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT count(*) FROM audit_entry WHERE action = 'figures.rebuild.started' AND actor = 'admin'")
                .getSingleResult())).longValue();
    }
}
