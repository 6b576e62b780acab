package se.socialkontakt.analytics.evaluation;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.socialkontakt.analytics.event.EventStore;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.FaqArticleViewed;
import se.socialkontakt.events.HousingApplicationStarted;
import se.socialkontakt.events.HousingApplicationSubmitted;
import se.socialkontakt.events.HousingDecisionMade;
import se.socialkontakt.testsupport.KeycloakTokens;
import se.socialkontakt.testsupport.PdfText;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/**
 * The pilot evaluation through HTTP and PostgreSQL: events stored around a launch in 1951 (no other test's events are
 * that old) give the housing e-service's four figures six months before and after, in JSON and in the committee's
 * PDF; a window still running says so; bad requests are problems.
 */
@QuarkusTest
class PilotEvaluationResourceTest {
    private static final URI SOURCE = URI.create("/socialkontakt/pilot-evaluation-test");
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final String LAUNCH = "1951-03-01";

    @Inject
    EventStore store;

    private final List<CloudEvent> events = new ArrayList<>();
    private int idsTaken;

    /** Ids derive from the events' order, so storing them again in the next test stores nothing. */
    @BeforeEach
    void eventsAroundTheLaunch() throws SQLException {
        LocalDateTime before = LocalDateTime.of(1950, 11, 15, 10, 0);
        LocalDateTime after = LocalDateTime.of(1951, 5, 15, 10, 0);
        applications(before, 2, 4);
        applications(after, 6, 2);
        decisions(before, 21, 23, 25, 27, 29);
        decisions(after, 11, 12, 13, 14, 15);
        contacts(before, "HOUSING", 3);
        contacts(before, "ADVICE", 6);
        contacts(after, "HOUSING", 17);
        views(before, 8);
        views(after, 30);
        // The windows' edges in Stockholm's time: the last evening before the launch, its first night, and a day
        // just outside each window.
        views(LocalDateTime.of(1951, 2, 28, 23, 30), 1);
        views(LocalDateTime.of(1951, 3, 1, 0, 30), 1);
        views(LocalDateTime.of(1950, 8, 31, 12, 0), 7);
        views(LocalDateTime.of(1951, 9, 1, 12, 0), 7);
        store.store(events.stream().map(EventStore.Received::new).toList());
    }

    @Test
    void theFourFiguresSixMonthsBeforeAndAfter() {
        JsonPath evaluation = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get("/api/evaluation/pilot?service=HOUSING&launch=" + LAUNCH).then().statusCode(200)
                .extract().jsonPath();
        assertThat(evaluation.getString("windows.before.start")).isEqualTo("1950-09-01");
        assertThat(evaluation.getString("windows.before.lastDay")).isEqualTo("1951-02-28");
        assertThat(evaluation.getString("windows.after.start")).isEqualTo(LAUNCH);
        assertThat(evaluation.getString("windows.after.lastDay")).isEqualTo("1951-08-31");
        assertThat(evaluation.getBoolean("windows.afterComplete")).isTrue();
        assertThat(evaluation.getList("figures.key")).containsExactly("housing.digitalShare.share",
                "housing.decision.workingDays.median", "contacts.category.HOUSING", "faq.views");
        assertThat(evaluation.getList("figures.before.value", Double.class)).containsExactly(33.33, 25.0, null, 9.0);
        assertThat(evaluation.getList("figures.after.value", Double.class)).containsExactly(75.0, 13.0, 17.0, 31.0);
        // Three cases in the housing category: suppressed, neither value nor count.
        assertThat(evaluation.getBoolean("figures[2].before.suppressed")).isTrue();
        assertThat(evaluation.getString("figures[2].before.basis")).isNull();
    }

    @Test
    void theCommitteesPdfHoldsTheComparisonInSwedishOrEnglish() {
        String swedish = PdfText.of(given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get("/api/evaluation/pilot.pdf?service=HOUSING&launch=" + LAUNCH).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray());
        assertThat(oneLine(swedish)).contains("Utvärdering av pilot: E-tjänsten för särskilt boende", "Införd 1951-03-01.",
                "Sex månader före och efter införandet", "Före: 1950-09-01 – 1951-02-28",
                "Efter: 1951-03-01 – 1951-08-31", "Digital andel av ansökningarna (%)",
                "Arbetsdagar till beslut, median", "Ärenden i kontaktcenter, kategorin Boende",
                "Visningar av vanliga frågor")
                .doesNotContain("inte slut");
        assertThat(lines(swedish)).contains("33,33 75", "25 13", "färre än 5 händelser 17", "9 31");

        String english = PdfText.of(given().auth().oauth2(KeycloakTokens.accessTokenOf("admin"))
                .get("/api/evaluation/pilot.pdf?service=HOUSING&launch=" + LAUNCH + "&lang=en").then()
                .statusCode(200).extract().asByteArray());
        assertThat(oneLine(english)).contains("Pilot evaluation: The e-service for special housing",
                "Before: 1950-09-01 – 1951-02-28", "Digital share of applications (%)");
        assertThat(lines(english)).contains("33.33 75", "fewer than 5 events 17");
    }

    @Test
    void anAfterWindowStillRunningEndsTodayAndSaysSo() {
        LocalDate today = LocalDate.now(STOCKHOLM);
        LocalDate launch = today.minusMonths(2);
        JsonPath evaluation = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get("/api/evaluation/pilot?service=HOUSING&launch=" + launch).then().statusCode(200)
                .extract().jsonPath();
        assertThat(evaluation.getBoolean("windows.afterComplete")).isFalse();
        assertThat(evaluation.getString("windows.after.lastDay")).isEqualTo(today.toString());
        assertThat(evaluation.getString("windows.afterEnds")).isEqualTo(launch.plusMonths(6).minusDays(1).toString());

        String pdf = PdfText.of(given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get("/api/evaluation/pilot.pdf?service=HOUSING&launch=" + launch).then().statusCode(200)
                .extract().asByteArray());
        assertThat(oneLine(pdf)).contains("Perioden efter införandet är inte slut: den slutar "
                + launch.plusMonths(6).minusDays(1) + ". Talen gäller till och med i dag, " + today);
    }

    @Test
    void whatCannotBeEvaluatedIsAProblem() {
        String manager = KeycloakTokens.accessTokenOf("manager");
        given().auth().oauth2(manager).get("/api/evaluation/pilot?service=PARKING&launch=" + LAUNCH).then()
                .statusCode(400).contentType("application/problem+json").body("title", equalTo("Unknown service"))
                .body("field", equalTo("service"));
        given().auth().oauth2(manager).get("/api/evaluation/pilot.pdf?service=HOUSING&launch=1951-02-30").then()
                .statusCode(400).contentType("application/problem+json").body("title", equalTo("Not a date"));
        given().auth().oauth2(manager).get("/api/evaluation/pilot?service=HOUSING&launch="
                + LocalDate.now(STOCKHOLM).plusDays(2)).then()
                .statusCode(400).contentType("application/problem+json").body("title", equalTo("Launch ahead"));
        given().auth().oauth2(manager).get("/api/evaluation/pilot?service=HOUSING").then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(manager).get("/api/evaluation/pilot?service=housing&launch=" + LAUNCH).then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(manager).get("/api/evaluation/pilot.pdf?service=HOUSING&launch=" + "9".repeat(500))
                .then().statusCode(400).contentType("application/problem+json")
                .body(not(containsString("9".repeat(11))));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent"))
                .get("/api/evaluation/pilot?service=HOUSING&launch=" + LAUNCH).then().statusCode(403);
        given().get("/api/evaluation/pilot.pdf?service=HOUSING&launch=" + LAUNCH).then().statusCode(401);
    }

    private void applications(LocalDateTime at, int digital, int paper) {
        for (int i = 0; i < digital + paper; i++) {
            UUID id = nextId();
            add(new HousingApplicationSubmitted(id, "SB-1951-%06d".formatted(idsTaken), instant(at),
                    HousingApplicationStarted.ApplicantRole.SELF, 1, i < digital
                    ? HousingApplicationStarted.Channel.DIGITAL : HousingApplicationStarted.Channel.PAPER), at);
        }
    }

    private void decisions(LocalDateTime at, long... workingDays) {
        for (long days : workingDays) {
            add(new HousingDecisionMade(nextId(), instant(at), HousingDecisionMade.Outcome.GRANTED, days), at);
        }
    }

    private void contacts(LocalDateTime at, String category, int n) {
        for (int i = 0; i < n; i++) {
            add(new ContactCaseOpened(nextId(), instant(at), ContactCaseOpened.Channel.PHONE, category,
                    "ALL_RESIDENTS"), at);
        }
    }

    private void views(LocalDateTime at, int n) {
        UUID article = UUID.nameUUIDFromBytes("pilot-evaluation-article".getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < n; i++) {
            add(new FaqArticleViewed(article, instant(at)), at);
        }
    }

    private void add(EventData data, LocalDateTime at) {
        events.add(EventEnvelope.wrap(SOURCE, data, instant(at), nextId().toString()));
    }

    private UUID nextId() {
        return UUID.nameUUIDFromBytes(("pilot-evaluation-" + idsTaken++).getBytes(StandardCharsets.UTF_8));
    }

    private static Instant instant(LocalDateTime at) {
        return at.atZone(STOCKHOLM).toInstant();
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }

    /** The PDF's lines, spaces of every kind made plain, to read a table row's values together. */
    private static List<String> lines(String text) {
        return text.lines().map(line -> line.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip()).toList();
    }
}
