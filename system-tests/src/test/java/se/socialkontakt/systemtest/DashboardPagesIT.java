package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.nio.file.Files;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * The management dashboard in a real browser: the manager signs in through Keycloak, switches period and filter,
 * sees the figures update live when a new event is published, downloads the CSV and the PDF report; a non-manager
 * is refused. axe-core finds no WCAG 2.1 A/AA violation; the charts have their data table beside them.
 */
@ExtendWith({Suite.class, Browsers.class})
class DashboardPagesIT {

    @Test
    void aManagerFollowsTheFiguresLive() throws Exception {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 1000).setAcceptDownloads(true))) {
            context.setDefaultTimeout(20_000);
            Page page = signIn(context, "manager");
            assertThat(page.locator("#dashboard")).isVisible();
            assertThat(page.locator("#status")).containsText("Uppdaterat");
            page.locator("#period").selectOption("YEAR");
            page.locator("#channel").selectOption("WEB_FORM");
            page.locator("#controls button[type=submit]").click();
            assertThat(page.locator("#status")).containsText("Uppdaterat");
            assertAccessible(page, "analytics-dashboard");

            Actions.logContactCase();
            assertThat(page.locator("#status")).containsText("Nya händelser",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));

            Download csv = page.waitForDownload(() -> page.locator("#csv").click());
            assertThat(Files.readString(csv.path())).startsWith("figure,period_start,value,year_earlier,events");
            Download pdf = page.waitForDownload(() -> page.locator("#pdf").click());
            assertThat(new String(Files.readAllBytes(pdf.path()), 0, 5)).isEqualTo("%PDF-");
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
    void theSignedOutPageIsAccessibleAndFitsAPhone() {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(Suite.Service.ANALYTICS.url("/"));
            assertThat(page.locator("h1")).hasText("Uppföljning och statistik");
            assertAccessible(page, "analytics-signed-out");
        }
    }

    private static Page signIn(BrowserContext context, String user) {
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
