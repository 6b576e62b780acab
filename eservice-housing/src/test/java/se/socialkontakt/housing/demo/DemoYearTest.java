package se.socialkontakt.housing.demo;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.HousingDecisionMade;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's year of applications is lived through by the real application service: the assessor's flagged list
 * holds its granted decisions not carried out, and every state change left its event, stamped with its own day, in
 * the outbox for analytics. Loaded once per installation.
 */
@QuarkusTest
@TestProfile(DemoYearTest.DemoEnabled.class)
class DemoYearTest {
    public static class DemoEnabled implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // The demo's applications would otherwise go on to a case system this test does not run.
            return Map.of("socialkontakt.housing.demo.enabled", "true", "socialkontakt.case-system.export-every", "off");
        }
    }

    @Inject
    EntityManager entityManager;

    @Test
    void aYearOfApplicationsIsLivedThroughOnceAndFlaggedAsTheFollowUpCountsIt() {
        String admin = KeycloakTokens.accessTokenOf("admin");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("manager")).post("/api/admin/demo-data").then()
                .statusCode(403);
        int started = given().auth().oauth2(admin).post("/api/admin/demo-data").then().statusCode(200).extract()
                .path("applications");
        assertThat(started).as("a mid-sized municipality's year").isBetween(100, 200);
        BadInput.expectProblem(given().auth().oauth2(admin).post("/api/admin/demo-data"), 409, "a second demo load");

        List<CloudEvent> events = outboxEvents();
        Instant now = Instant.now();
        assertThat(events).allSatisfy(e -> assertThat(e.getTime().toInstant())
                .isBetween(now.minus(Duration.ofDays(366)), now));
        assertThat(events).filteredOn(e -> e.getType().endsWith(".started.v1")).hasSize(started);

        // The IVO figure's question, asked of the events: granted more than three months ago, not moved in since.
        Instant threeMonthsAgo = now.atZone(ZoneId.of("Europe/Stockholm")).minusMonths(3).toInstant();
        long notCarriedOut = events.stream().filter(e -> e.getType().endsWith(".decision-made.v1"))
                .filter(e -> EventEnvelope.data(e, HousingDecisionMade.class).outcome() != HousingDecisionMade.Outcome.REFUSED)
                .filter(e -> e.getTime().toInstant().isBefore(threeMonthsAgo))
                .filter(e -> events.stream().noneMatch(s -> s.getSubject().equals(e.getSubject())
                        && s.getType().endsWith(".status-changed.v1")
                        && EventEnvelope.dataAsJson(s).path("status").asText().equals("MOVED_IN")))
                .count();
        List<String> flagged = given().auth().oauth2(KeycloakTokens.accessTokenOf("assessor"))
                .get("/api/assessor/flags").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.flag == 'DECISION_NOT_CARRIED_OUT' }.id");
        assertThat(notCarriedOut).as("granted decisions not carried out, to report to IVO").isGreaterThanOrEqualTo(5);
        assertThat(flagged).hasSize((int) notCarriedOut);
    }

    @SuppressWarnings("unchecked")
    private List<CloudEvent> outboxEvents() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<String>) entityManager
                .createNativeQuery("SELECT payload FROM outbox_event").getResultList()).stream()
                .map(payload -> EventEnvelope.read(payload.getBytes(StandardCharsets.UTF_8))).toList());
    }
}
