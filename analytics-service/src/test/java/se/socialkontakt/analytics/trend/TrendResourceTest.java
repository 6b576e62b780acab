package se.socialkontakt.analytics.trend;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.event.EventStore;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.CrisisMessagePublished;
import se.socialkontakt.events.CrisisMessageWithdrawn;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.net.URI;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time chart's API over stored events: a communicator's activity and a crisis message are markers on the weeks
 * they fall in, and a marker's before and after counts the contacts of the four weeks on each side of it and of the
 * same weeks a year earlier, suppressed under five. 1991, where no other test stores events.
 */
@QuarkusTest
class TrendResourceTest {
    private static final URI SOURCE = URI.create("/socialkontakt/trend-test");
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    private static final LocalDate MARKER = LocalDate.of(1991, 3, 6);

    @Inject
    EventStore store;

    private final String manager = KeycloakTokens.accessTokenOf("manager");
    private final String communicator = KeycloakTokens.accessTokenOf("communicator");
    private final List<EventStore.Received> events = new ArrayList<>();

    private void event(EventData data, Instant at) {
        events.add(new EventStore.Received(EventEnvelope.wrap(SOURCE, data, at, UUID.randomUUID().toString())));
    }

    /** Contacts opened at noon on the day, one a day from it on. */
    private void contacts(LocalDate first, int n) {
        for (int i = 0; i < n; i++) {
            Instant at = first.plusDays(i).atTime(LocalTime.NOON).atZone(ZONE).toInstant();
            event(new ContactCaseOpened(UUID.randomUUID(), at, ContactCaseOpened.Channel.PHONE, "ADVICE", "RELATIVES"),
                    at);
        }
    }

    private String activity(String goalId, String startsOn, String text, String status) {
        Map<String, Object> activity = new HashMap<>(Map.of("startsOn", startsOn, "activity", text,
                "targetGroup", "Anhöriga", "responsible", "Kommunikatör", "status", status));
        return given().auth().oauth2(communicator).contentType(ContentType.JSON).body(activity)
                .post("/api/plan/goals/" + goalId + "/activities").then().statusCode(201).extract().header("Location");
    }

    private String goal() {
        Map<String, Object> goal = new HashMap<>(Map.of("name", "Fler kontakter via webben " + System.nanoTime(),
                "metric", "contacts.total", "direction", "UP", "baselineYear", 2025, "baselineValue", 40,
                "targetValue", 70, "targetYear", 2027));
        goal.put("responsible", "Enhetschef kontaktcenter");
        String location = given().auth().oauth2(manager).contentType(ContentType.JSON).body(goal).post("/api/goals")
                .then().statusCode(201).extract().header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    @Test
    void markersOnTheWeeksAndTheirBeforeAndAfter() throws SQLException {
        // Four weeks before the marker: 8 contacts, from the first day of the window; four weeks from it: 14, the
        // last on the window's last day; a year earlier (52 weeks) 6 before and 3 after, which is too few to show.
        contacts(MARKER.minusWeeks(4), 8);
        contacts(MARKER.plusDays(14), 14);
        contacts(MARKER.minusWeeks(52).minusDays(6), 6);
        contacts(MARKER.minusWeeks(52), 3);
        Instant crisisFrom = MARKER.plusWeeks(2).atTime(8, 0).atZone(ZONE).toInstant();
        UUID crisis = UUID.randomUUID();
        event(new CrisisMessagePublished(crisis, crisisFrom, crisisFrom, crisisFrom.plus(Duration.ofDays(3)),
                "Telefonerna ligger nere. Använd e-tjänsterna eller kom till kontaktcenter på torget.",
                "The phones are down."), crisisFrom);
        UUID neverShown = UUID.randomUUID();
        event(new CrisisMessagePublished(neverShown, crisisFrom, crisisFrom.plus(Duration.ofDays(1)),
                crisisFrom.plus(Duration.ofDays(2)), "Indraget innan det visades", null), crisisFrom);
        event(new CrisisMessageWithdrawn(neverShown, crisisFrom.plus(Duration.ofHours(1))),
                crisisFrom.plus(Duration.ofHours(1)));
        store.store(events);
        String goalId = goal();
        activity(goalId, MARKER.toString(), "Annons om kontaktcenter i lokaltidningen", "DONE");
        activity(goalId, MARKER.plusDays(1).toString(), "Inställd affischkampanj", "CANCELLED");

        JsonPath trend = given().auth().oauth2(manager).queryParam("until", "1991-04-10").queryParam("lang", "sv")
                .get("/api/trend").then().statusCode(200).extract().jsonPath();
        assertThat(trend.getList("weeks")).hasSize(52);
        assertThat(trend.getString("weeks[51].monday")).isEqualTo("1991-04-08");
        assertThat(trend.getInt("weeks[51].number")).isEqualTo(15);
        assertThat(trend.getBoolean("weeks[51].over")).isTrue();
        // The week from Monday 25 March holds seven of the fourteen; the week of 4 March none, shown as too few.
        Map<String, Object> busy = trend.getMap("weeks.find { it.monday == '1991-03-25' }");
        assertThat(busy).containsEntry("value", 7).containsEntry("suppressed", false);
        Map<String, Object> quiet = trend.getMap("weeks.find { it.monday == '1991-03-04' }");
        assertThat(quiet).containsEntry("value", null).containsEntry("suppressed", true);
        // A crisis message's title is its text, cut at a word before 80 characters.
        assertThat(trend.getList("markers.title")).containsExactly("Annons om kontaktcenter i lokaltidningen",
                "Telefonerna ligger nere. Använd e-tjänsterna eller kom till kontaktcenter på…");
        assertThat(trend.getList("markers.kind")).containsExactly("ACTIVITY", "CRISIS_MESSAGE");
        assertThat(trend.getString("markers[0].about")).startsWith("Fler kontakter via webben");
        assertThat(trend.getString("markers[1].firstDay")).isEqualTo("1991-03-20");
        assertThat(trend.getString("markers[1].lastDay")).isEqualTo("1991-03-23");
        given().auth().oauth2(manager).queryParam("until", "1991-04-10").queryParam("lang", "en").get("/api/trend")
                .then().statusCode(200).body("markers[1].title", org.hamcrest.Matchers.equalTo("The phones are down."));

        JsonPath beforeAfter = given().auth().oauth2(manager).queryParam("date", MARKER.toString())
                .get("/api/trend/before-after").then().statusCode(200).extract().jsonPath();
        assertThat(beforeAfter.getInt("weeks")).isEqualTo(4);
        assertThat(beforeAfter.getString("around.before.from")).isEqualTo("1991-02-06");
        assertThat(beforeAfter.getInt("around.before.value")).isEqualTo(8);
        assertThat(beforeAfter.getInt("around.after.value")).isEqualTo(14);
        assertThat(beforeAfter.getInt("around.difference")).isEqualTo(6);
        assertThat(beforeAfter.getDouble("around.percent")).isEqualTo(75.0);
        assertThat(beforeAfter.getInt("yearEarlier.before.value")).isEqualTo(6);
        assertThat(beforeAfter.getBoolean("yearEarlier.after.suppressed")).isTrue();
        assertThat(beforeAfter.getString("yearEarlier.after.value")).isNull();
        assertThat(beforeAfter.getString("yearEarlier.difference")).isNull();
        // Two weeks on each side: the first fourteen days of the after window hold none of the contacts.
        given().auth().oauth2(manager).queryParam("date", MARKER.toString()).queryParam("weeks", 2)
                .get("/api/trend/before-after").then().statusCode(200)
                .body("around.after.suppressed", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void othersAreRefusedAndBadQuestionsAnsweredAsProblems() {
        String agent = KeycloakTokens.accessTokenOf("agent");
        given().auth().oauth2(agent).get("/api/trend").then().statusCode(403);
        given().auth().oauth2(communicator).queryParam("date", "2025-01-01").get("/api/trend/before-after").then()
                .statusCode(403);
        given().get("/api/trend").then().statusCode(401);
        BadInput.expectProblem(given().auth().oauth2(manager).queryParam("figure", "chat.wait.seconds.median")
                .get("/api/trend"), 400, "a figure with no weekly meaning");
        BadInput.expectProblem(given().auth().oauth2(manager).queryParam("date", "2025-01-01")
                .queryParam("weeks", 0).get("/api/trend/before-after"), 400, "no weeks");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/trend/before-after"), 400, "no date");
        BadInput.expectProblem(given().auth().oauth2(manager).queryParam("channel", "phone'--")
                .get("/api/trend"), 400, "a channel that is no code");
    }
}
