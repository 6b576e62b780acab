package se.socialkontakt.analytics.kpi;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import io.restassured.path.json.JsonPath;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/**
 * A view is computed from its events in memory, so one with more than the configured number is refused with a clear
 * error, never a service out of memory; FAQ article views, counted in the database, do not count against it.
 */
@QuarkusTest
@TestProfile(FigureLimitTest.FewEvents.class)
class FigureLimitTest {
    public static class FewEvents implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("socialkontakt.analytics.figures.max-events", "5");
        }
    }

    /** A day of its own in the past, so events of other tests never mix in. */
    private final LocalDate day = LocalDate.of(1990, 1, 1).plusDays(new Random().nextInt(3000));
    private final String manager = KeycloakTokens.accessTokenOf("manager");

    @Inject
    EntityManager entityManager;

    @Test
    void aViewOfTooManyEventsIsRefusedClearlyAndArticleViewsDoNotCount() {
        UUID article = UUID.randomUUID();
        for (int i = 0; i < 12; i++) {
            store("faq.article.viewed", "{\"articleId\":\"" + article + "\"}");
        }
        for (int i = 0; i < 5; i++) {
            store("chat.conversation.requested", "{\"ageBand\":\"AGE_13_15\"}");
        }
        JsonPath figures = given().auth().oauth2(manager).get("/api/figures?period=DAY&date=" + day).then()
                .statusCode(200).body("figures.key", hasItem("faq.article." + article)).extract().jsonPath();
        assertThat(((Number) figures.get("figures.find { it.key == 'faq.views' }.value")).doubleValue()).isEqualTo(12);

        store("chat.conversation.requested", "{\"ageBand\":\"AGE_13_15\"}");
        given().auth().oauth2(manager).get("/api/figures?period=DAY&date=" + day).then().statusCode(400)
                .contentType("application/problem+json")
                .body("title", equalTo("Too many events for one view"))
                .body("detail", containsString("Choose a shorter period"))
                .body("events", equalTo(6));
    }

    @Test
    void goalsSayTheYearCannotBeCountedRatherThanFailTheDashboard() {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        for (int i = 0; i < 6; i++) {
            store("chat.conversation.started", "{\"waitSeconds\":30}", today);
        }
        given().auth().oauth2(manager).get("/api/figures?period=YEAR&date=" + today).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(manager).get("/api/goals").then().statusCode(200)
                .body("size()", greaterThan(0))
                .body("uncounted", everyItem(equalTo(true)))
                .body("yearToDate", everyItem(nullValue()))
                .body("suppressed", everyItem(equalTo(false)));
        // A view within the ceiling still has its figures.
        given().auth().oauth2(manager).get("/api/figures?period=DAY&date=" + today.minusDays(1)).then()
                .statusCode(200);
    }

    private void store(String shortType, String data) {
        store(shortType, data, day);
    }

    private void store(String shortType, String data, LocalDate on) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO event (id, type, source, subject, occurred_at, received_at, data)
                VALUES (?1, ?2, '/socialkontakt/figure-limit-test', ?3, ?4, now(), CAST(?5 AS jsonb))""")
                .setParameter(1, UUID.randomUUID().toString())
                .setParameter(2, "se.socialkontakt." + shortType + ".v1")
                .setParameter(3, UUID.randomUUID().toString())
                .setParameter(4, on.atTime(12, 0).atOffset(ZoneOffset.UTC))
                .setParameter(5, data)
                .executeUpdate());
    }
}
