package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * The management dashboard in a real browser, over the demo year of events: the manager signs in through Keycloak,
 * switches period and filter, sees a tile update live when a new event is published, downloads the CSV and the PDF
 * report; a non-manager is refused. axe-core finds no WCAG 2.1 A/AA violation; the charts have their data table
 * beside them.
 */
@ExtendWith({Suite.class, Browsers.class})
class DashboardPagesIT {
    /** Only counts of 5 and more are shown as numbers; these are figures from thousands of events. */
    private static final Pattern A_NUMBER = Pattern.compile("^\\d[\\d\\s\u00a0\u202f]*$");

    @BeforeAll
    static void aYearOfDemoEvents() {
        Analytics.loadDemoYear();
    }

    @Test
    void aManagerFollowsTheFiguresLive() throws Exception {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 1000).setAcceptDownloads(true))) {
            context.setDefaultTimeout(20_000);
            Page page = signIn(context, "manager");
            assertThat(page.locator("#dashboard")).isVisible();
            // The freshness line: when the newest counted event was stored.
            assertThat(page.locator("#status")).containsText("Uppdaterad till");
            page.locator("#period").selectOption("YEAR");
            page.locator("#channel").selectOption("WEB_FORM");
            page.locator("#controls button[type=submit]").click();
            // Narrowed to web forms, every other channel is empty: shown as "fewer than 5", never as a number.
            assertThat(page.locator("#channel-rows tr[data-channel='PHONE'] [data-value]")).hasText("färre än 5 händelser");
            // A channel narrows the contact figures; the chat's figures have no channel and say that they show all.
            assertThat(page.locator(".tile[data-key='chat.answered'] [data-not-filtered]")).isVisible();
            assertThat(page.locator(".tile[data-key='contacts.total'] [data-not-filtered]")).isHidden();
            Locator contacts = page.locator(".tile[data-key='contacts.total'] [data-value]");
            assertThat(contacts).hasText(A_NUMBER);
            assertThat(contacts).hasText(page.locator("#channel-rows tr[data-channel='WEB_FORM'] [data-value]")
                    .textContent());
            assertAccessible(page, "analytics-dashboard");
            String before = contacts.textContent();

            Actions.logContactCase();
            assertThat(page.locator("#status")).containsText("Nya händelser",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            assertThat(contacts).not().hasText(before);
            assertThat(contacts).hasText(A_NUMBER);

            Download csv = page.waitForDownload(() -> page.locator("#csv").click());
            // For Excel with Swedish settings: a byte order mark, then semicolon-separated Swedish headers.
            assertThat(Files.readString(csv.path())).startsWith("\uFEFFNyckeltal;Kod;Periodens början;Värde;");
            Download pdf = page.waitForDownload(() -> page.locator("#pdf").click());
            assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5)).isEqualTo("%PDF-");
            Browsers.keep(pdf, "analytics-report.pdf");
        }
    }

    @Test
    void anAdminRecountsTheFiguresWhileTheyStayOnScreen() {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 1000))) {
            context.setDefaultTimeout(20_000);
            // The first view's figures (the month's) and then the year's are held on their way, and the month's
            // arrive last. CI once read the month's figures as the year's (a number too, once the crash test had
            // streamed its cases this month) and saw them "change": the tiles showed the month's until the year's
            // arrived, and a late answer for an earlier view was shown under the period chosen after it.
            List<Route> held = new ArrayList<>();
            Predicate<String> figures = url -> url.contains("/api/figures?");
            // Later requests pass (an unroute would let the held ones go too).
            context.route(figures, route -> {
                if (held.size() < 2) {
                    held.add(route);
                } else {
                    route.resume();
                }
            });
            Page page = signIn(context, "admin");
            awaitHeld(page, held, 1);
            page.locator("#period").selectOption("YEAR");
            page.locator("#controls button[type=submit]").click();
            awaitHeld(page, held, 2);
            assertThat(page.locator("#dashboard")).hasAttribute("aria-busy", "true");
            held.get(1).resume();
            assertThat(page.locator("#dashboard")).hasAttribute("aria-busy", "false");
            Locator contacts = page.locator(".tile[data-key='contacts.total'] [data-value]");
            assertThat(contacts).hasText(A_NUMBER);
            String before = contacts.textContent();
            String monthsFigures = held.get(0).request().url();
            assertThat(monthsFigures).contains("period=MONTH");
            List<String> answered = new ArrayList<>();
            page.onResponse(response -> answered.add(response.url()));
            held.get(0).resume();
            for (int polls = 0; !answered.contains(monthsFigures) && polls < 200; polls++) {
                page.waitForTimeout(50);
            }
            assertThat(answered).as("the month's figures answered").contains(monthsFigures);
            // No sign follows a late answer that is rightly dropped; a wrongly shown one is on screen within
            // milliseconds of its arrival.
            page.waitForTimeout(500);
            assertThat(contacts).hasText(before);
            assertThat(page.locator("#rebuild")).isVisible();

            page.locator("#rebuild-start").click();
            assertThat(page.locator("#rebuild-status")).containsText("Kryssa i rutan");
            page.locator("#rebuild-confirm").check();
            page.locator("#rebuild-start").click();
            assertThat(page.locator("#rebuild-status")).containsText("Omräkning");
            // The serving figures stay on screen while the new generation is built.
            assertThat(contacts).hasText(before);
            assertAccessible(page, "analytics-rebuild-running");
            assertThat(page.locator("#rebuild-status")).containsText("är klar och visas nu",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(120_000));
            // A recount of the same archive gives the same figures.
            assertThat(contacts).hasText(before);
            Browsers.screenshot(page, "analytics-rebuild-done");
        }
    }

    @Test
    void aNonManagerIsRefused() {
        try (BrowserContext context = Browsers.browser().newContext()) {
            context.setDefaultTimeout(20_000);
            Page page = signIn(context, "agent");
            assertThat(page.locator("#forbidden")).isVisible();
            assertThat(page.locator("#dashboard")).isHidden();
        }
    }

    @Test
    void residentsReadTheYearsKeyFiguresWithoutLoginOnAPhone() {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate(Suite.Service.ANALYTICS.url("/nyckeltal"));
            assertThat(page.locator("h1")).containsText("Socialtjänstens nyckeltal");
            assertThat(page.locator("#key-figures .tile")).hasCount(14);
            assertAccessible(page, "analytics-key-figures");
            page.navigate(Suite.Service.ANALYTICS.url("/nyckeltal?lang=en"));
            assertThat(page.locator("h1")).containsText("key figures");
            assertAccessible(page, "analytics-key-figures-en");
        }
    }

    @Test
    void theSignedOutPageIsAccessibleAndFitsAPhone() {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(Suite.Service.ANALYTICS.url("/"));
            assertThat(page.locator("h1")).hasText("Uppföljning och statistik");
            assertAccessible(page, "analytics-signed-out");
        }
    }

    /** Waits until the route has held as many requests (its handler runs while Playwright waits, on this thread). */
    static void awaitHeld(Page page, List<Route> held, int count) {
        for (int polls = 0; held.size() < count && polls < 200; polls++) {
            page.waitForTimeout(50);
        }
        assertThat(held).as("requests for figures held on their way").hasSize(count);
    }

    static Page signIn(BrowserContext context, String user) {
        Page page = context.newPage();
        page.navigate(Suite.Service.ANALYTICS.url("/"));
        page.locator("#sign-in-button").click();
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        page.waitForURL(Pattern.compile(".*18084/.*"));
        return page;
    }
}
