package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import io.restassured.response.Response;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * Goals and the annual plan in a real browser: a manager sets a goal that is to go down, a communicator adds three
 * activities to its plan, and the annual plan shows them in their months; the calendar address gives them to a
 * calendar client. axe-core finds no WCAG 2.1 A/AA violation in each state.
 */
@ExtendWith({Suite.class, Browsers.class})
class GoalsAndPlanIT {
    private final String goal = "Färre klagomål " + System.nanoTime();
    private final int year = LocalDate.now().getYear();

    @Test
    void aManagerSetsAGoalDownAndACommunicatorPlansItsActivities() throws Exception {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 1000))) {
            context.setDefaultTimeout(20_000);
            Page manager = signIn(context, "manager", "/");
            manager.locator("#goal-name").fill(goal);
            manager.locator("#goal-metric").selectOption("feedback.kind.COMPLAINT");
            manager.locator("#goal-down").check();
            manager.locator("#goal-baseline-year").fill(String.valueOf(year - 1));
            manager.locator("#goal-baseline-value").fill("120");
            manager.locator("#goal-target-value").fill("80");
            manager.locator("#goal-target-year").fill(String.valueOf(year + 1));
            manager.locator("#goal-responsible").fill("Enhetschef kontaktcenter");
            manager.locator("#goal-form button[type=submit]").click();
            assertThat(manager.locator("#goal-status")).hasText("Målet är sparat.");
            assertThat(manager.locator("#goal-rows tr", new Page.LocatorOptions().setHasText(goal)))
                    .containsText("Minska");
            assertThat(manager.locator("#goal-history-rows tr", new Page.LocatorOptions().setHasText(goal)))
                    .containsText("Skapat");
            assertAccessible(manager, "analytics-goal-created");
            manager.close();
        }
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 1000))) {
            context.setDefaultTimeout(20_000);
            Page communicator = signIn(context, "communicator", "/plan");
            assertThat(communicator.locator("#plan")).isVisible();
            add(communicator, year + "-02-10", "", "Genomgång av klagomålen med kontaktcenter");
            add(communicator, year + "-04-01", year + "-05-15", "Nya texter om handläggningstider");
            add(communicator, year + "-10-20", "", "Uppföljning i nämnden");
            assertThat(communicator.locator("table[data-month='2']")).containsText("Genomgång av klagomålen");
            // A period shows in each month it has days in.
            assertThat(communicator.locator("table[data-month='4']")).containsText("Nya texter om handläggningstider");
            assertThat(communicator.locator("table[data-month='5']")).containsText("Nya texter om handläggningstider");
            assertThat(communicator.locator("table[data-month='10'] tr",
                    new Page.LocatorOptions().setHasText("Uppföljning i nämnden"))).containsText(goal);
            assertAccessible(communicator, "analytics-annual-plan");

            communicator.locator("#feed-issue").click();
            assertThat(communicator.locator("#feed-address")).hasValue(Pattern.compile(".*/api/plan/feed/.+\\.ics"));
            Response feed = given().get(communicator.locator("#feed-address").inputValue());
            assertThat(feed.statusCode()).isEqualTo(200);
            assertThat(feed.contentType()).startsWith("text/calendar");
            Calendar calendar = new CalendarBuilder().build(new StringReader(feed.asString()));
            assertThat(calendar.validate().hasErrors()).as("validation of\n%s", feed.asString()).isFalse();
            assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).extracting(event -> event.getSummary().getValue())
                    .contains("Genomgång av klagomålen med kontaktcenter", "Nya texter om handläggningstider",
                            "Uppföljning i nämnden");
            assertAccessible(communicator, "analytics-plan-feed");
        }
    }

    private void add(Page page, String startsOn, String endsOn, String activity) {
        page.locator("#activity-goal").selectOption(new SelectOption().setLabel(goal));
        page.locator("#activity-starts").fill(startsOn);
        page.locator("#activity-ends").fill(endsOn);
        page.locator("#activity-text").fill(activity);
        page.locator("#activity-target-group").fill("Sökande och anhöriga");
        page.locator("#activity-responsible").fill("Kommunikatör");
        page.locator("#activity-form button[type=submit]").click();
        assertThat(page.locator("#activity-status-line")).hasText("Aktiviteten är sparad.");
        // The form is emptied when the activity is saved: only then is the next one filled in.
        assertThat(page.locator("#activity-text")).hasValue("");
    }

    private static Page signIn(BrowserContext context, String user, String path) {
        Page page = context.newPage();
        page.navigate(Suite.Service.ANALYTICS.url(path));
        page.locator("#sign-in-button").click();
        Browsers.signIn(page, user);
        page.waitForURL(Pattern.compile(".*18084/.*"));
        return page;
    }
}
