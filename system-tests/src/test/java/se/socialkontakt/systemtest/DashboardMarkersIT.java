package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.net.URI;
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
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * The dashboard's time chart in a real browser: a communicator's activity in a goal's plan and a crisis message
 * published in the contact center are markers on it, and choosing the activity shows the contacts of the four weeks
 * before and after it and of the same weeks a year earlier, the count under five suppressed, with the caution that a
 * change is no proof of cause. The contacts are put on the topic at dates in 2020 and 2021, where nothing else in
 * the suite stores events; axe-core finds no WCAG 2.1 A/AA violation in the new states.
 */
@ExtendWith({Suite.class, Browsers.class})
class DashboardMarkersIT {
    private static final URI SOURCE = URI.create("/socialkontakt/dashboard-markers-test");
    private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
    /** A Wednesday: the windows are whole weeks from it, and a year earlier is Wednesday 4 March 2020. */
    private static final LocalDate ACTIVITY_DAY = LocalDate.of(2021, 3, 3);
    private static final String ACTIVITY = "Annons om kontaktcenter i lokaltidningen";
    private static final Pattern PLUS_75_PER_CENT = Pattern.compile("^\\+6 \\(\\+75[\\s\u00a0\u202f]%\\)$");

    @Test
    void activitiesAndCrisisMessagesAreMarkersWithTheirBeforeAndAfter() {
        // Four weeks before: 8 contacts; four weeks from the day: 14; a year earlier 6 and 3 (too few to show). One
        // on the day before each window and one on the day after it count in neither.
        publishContacts(LocalDate.of(2021, 2, 3), 8);
        publishContacts(ACTIVITY_DAY, 14);
        publishContacts(LocalDate.of(2021, 2, 2), 1);
        publishContacts(LocalDate.of(2021, 3, 31), 1);
        publishContacts(LocalDate.of(2020, 2, 5), 6);
        publishContacts(LocalDate.of(2020, 3, 4), 3);
        String goal = goalOfTheManager();
        addActivity(goal, ACTIVITY_DAY, ACTIVITY, "DONE");
        String crisisText = "Telefonerna ligger nere " + Instant.now().getEpochSecond() + ". Använd e-tjänsterna.";
        publishAndWithdrawCrisisMessage(crisisText);
        Analytics.awaitConsumerCaughtUp(Duration.ofMinutes(2));
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> given()
                .auth().oauth2(KeycloakTokens.accessTokenOf("manager")).get(Suite.Service.ANALYTICS.url("/api/trend"))
                .then().statusCode(200).extract().jsonPath().getList("markers.title").contains(crisisText));

        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 1000))) {
            context.setDefaultTimeout(20_000);
            Page page = DashboardPagesIT.signIn(context, "manager");
            assertThat(page.locator("#status")).containsText("Uppdaterad till");
            page.locator("#date").fill("2021-03-31");
            page.locator("#controls button[type=submit]").click();
            Locator activity = page.locator("#trend-markers button[data-kind=ACTIVITY]", new Page.LocatorOptions()
                    .setHasText(ACTIVITY));
            assertThat(activity).containsText("3 mars 2021");
            // On the chart too: a marker point in the week of 1 March 2021, the 48th of the 52 weeks shown.
            assertThat(markerWeeks(page)).contains(47);

            activity.click();
            Locator panel = page.locator("#before-after");
            assertThat(panel).isVisible();
            assertThat(panel).isFocused();
            assertThat(panel.locator("h3")).hasText("Före och efter: " + ACTIVITY);
            Locator around = panel.locator("tr[data-row=around]");
            assertThat(around.locator("[data-before]")).hasText("8");
            assertThat(around.locator("[data-after]")).hasText("14");
            assertThat(around.locator("[data-change]")).hasText(PLUS_75_PER_CENT);
            Locator yearEarlier = panel.locator("tr[data-row=yearEarlier]");
            assertThat(yearEarlier.locator("[data-before]")).hasText("6");
            assertThat(yearEarlier.locator("[data-after]")).hasText("färre än 5 händelser");
            assertThat(yearEarlier.locator("[data-change]")).hasText("går inte att jämföra");
            assertThat(panel.locator("#before-after-dates")).containsText("4 mars 2020");
            assertThat(panel.locator(".caution")).containsText("inte bevisar");
            page.locator("#trend summary").click();
            assertThat(page.locator("#trend-rows tr")).hasCount(52);
            assertAccessible(page, "analytics-trend-before-after");

            page.locator("#date").fill("");
            page.locator("#controls button[type=submit]").click();
            Locator crisis = page.locator("#trend-markers button[data-kind=CRISIS_MESSAGE]",
                    new Page.LocatorOptions().setHasText(crisisText));
            crisis.click();
            assertThat(panel.locator("h3")).hasText("Före och efter: " + crisisText);
            // The four weeks from today are still to come: their count so far, and no change yet.
            assertThat(panel.locator("tr[data-row=around] [data-after]")).containsText("pågår ännu");
            assertThat(panel.locator("tr[data-row=around] [data-change]")).hasText("går inte att jämföra");
            assertAccessible(page, "analytics-trend-crisis-message");

            // Only the latest choice speaks: an earlier choice's answer that fails after a later one was shown leaves
            // no "could not be fetched" under it.
            List<Route> held = new ArrayList<>();
            context.route(url -> url.contains("/api/trend/before-after?"), route -> {
                if (held.isEmpty()) {
                    held.add(route);
                } else {
                    route.resume();
                }
            });
            crisis.click();
            DashboardPagesIT.awaitHeld(page, held, 1);
            page.waitForResponse(response -> response.url().contains("/api/trend/before-after?"), crisis::click);
            page.waitForResponse(response -> response.status() == 500,
                    () -> held.get(0).fulfill(new Route.FulfillOptions().setStatus(500)));
            // A wrongly shown failure is on screen within milliseconds of the answer.
            page.waitForTimeout(500);
            assertThat(page.locator("#trend-status")).not().containsText("Talen kunde inte hämtas");
            assertThat(panel.locator("h3")).hasText("Före och efter: " + crisisText);

            // A choice whose answer failed says so; the same choice made again and answered takes that line away.
            List<Route> failed = new ArrayList<>();
            context.route(url -> url.contains("/api/trend/before-after?"), route -> {
                if (failed.isEmpty()) {
                    failed.add(route);
                    route.fulfill(new Route.FulfillOptions().setStatus(500));
                } else {
                    route.fallback();
                }
            });
            crisis.click();
            assertThat(page.locator("#trend-status")).containsText("Talen kunde inte hämtas");
            crisis.click();
            assertThat(page.locator("#trend-status")).not().containsText("Talen kunde inte hämtas");
            assertThat(panel.locator("tr[data-row=around] [data-after]")).containsText("pågår ännu");
        }
    }

    /** The indexes of the chart's weeks that carry a marker point. */
    @SuppressWarnings("unchecked")
    private static List<Integer> markerWeeks(Page page) {
        return (List<Integer>) page.evaluate("""
                () => Chart.getChart(document.getElementById('trend-chart')).data.datasets[1].data
                  .map((point, week) => (point === null ? -1 : week)).filter((week) => week >= 0)""");
    }

    /** Contacts opened by phone at noon, one a day from {@code first}, put on the topic as the contact center would. */
    private static void publishContacts(LocalDate first, int n) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Suite.kafkaAdmin(ProducerConfig.ACKS_CONFIG,
                "all"), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < n; i++) {
                Instant at = first.plusDays(i).atTime(LocalTime.NOON).atZone(ZONE).toInstant();
                ContactCaseOpened opened = new ContactCaseOpened(UUID.randomUUID(), at, ContactCaseOpened.Channel.PHONE,
                        "ADVICE", "RELATIVES");
                producer.send(new ProducerRecord<>(EventType.CONTACT_CASE_OPENED.topic(), opened.aggregateId().toString(),
                        EventEnvelope.serialize(EventEnvelope.wrap(SOURCE, opened, at, UUID.randomUUID().toString()))));
            }
        }
    }

    private static String goalOfTheManager() {
        Map<String, Object> goal = new HashMap<>(Map.of("name", "Fler kontakter via webben " + System.nanoTime(),
                "metric", "contacts.total", "direction", "UP", "baselineYear", 2020, "baselineValue", 100,
                "targetValue", 150, "targetYear", 2022));
        goal.put("responsible", "Enhetschef kontaktcenter");
        String location = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager")).contentType(ContentType.JSON)
                .body(goal).post(Suite.Service.ANALYTICS.url("/api/goals")).then().statusCode(201).extract()
                .header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static void addActivity(String goal, LocalDate day, String text, String status) {
        given().auth().oauth2(KeycloakTokens.accessTokenOf("communicator")).contentType(ContentType.JSON)
                .body(Map.of("startsOn", day.toString(), "activity", text, "targetGroup", "Invånare 65 år och äldre",
                        "responsible", "Kommunikatör", "status", status))
                .post(Suite.Service.ANALYTICS.url("/api/plan/goals/" + goal + "/activities")).then().statusCode(201);
    }

    /** Withdrawn at once, so that no other test's page shows its banner; it was published all the same. */
    private static void publishAndWithdrawCrisisMessage(String text) {
        String communicator = KeycloakTokens.accessTokenOf("communicator");
        String id = given().auth().oauth2(communicator).contentType(ContentType.JSON)
                .body(Map.of("textSv", text, "validUntil", Instant.now().plus(Duration.ofHours(1)).toString()))
                .post(Suite.Service.CONTACT_CENTER.url("/api/crisis-messages")).then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(communicator)
                .post(Suite.Service.CONTACT_CENTER.url("/api/crisis-messages/" + id + "/withdrawal"))
                .then().statusCode(200);
    }
}
