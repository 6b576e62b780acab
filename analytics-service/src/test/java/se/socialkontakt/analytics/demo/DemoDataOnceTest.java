package se.socialkontakt.analytics.demo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Demo data is published once per installation: after the first load, another call publishes nothing. */
@QuarkusTest
@TestProfile(DemoDataOnceTest.DemoEnabled.class)
class DemoDataOnceTest {
    public static class DemoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("socialkontakt.analytics.demo.enabled", "true");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void aSecondLoadIsRefusedWithAConflict() {
        // The first load's mark, as it stands after the run command loaded the demo year.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "INSERT INTO demo_load (id, loaded_at, events) VALUES (1, now(), 25000) ON CONFLICT DO NOTHING")
                .executeUpdate());
        String admin = KeycloakTokens.accessTokenOf("admin");
        BadInput.expectProblem(given().auth().oauth2(admin).post("/api/admin/demo-data"), 409, "a second demo load");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("manager")).post("/api/admin/demo-data").then()
                .statusCode(403);
    }
}
