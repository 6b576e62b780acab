package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.PdfText;

import java.io.IOException;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * The pilot evaluation in a real browser over the demo year (the housing e-service's too): a manager chooses the housing e-service and a launch
 * three months ago, sees six months before against the three months so far (said to be incomplete), and downloads
 * the committee's PDF, which holds the same comparison; a launch ahead is refused, and a non-manager sees nothing.
 * axe-core finds no WCAG 2.1 A/AA violation in any of these states.
 */
@ExtendWith({Suite.class, Browsers.class})
class PilotEvaluationPagesIT {
    /** Only figures from 5 events and more are shown as numbers (a share with a decimal comma). */
    private static final Pattern A_NUMBER = Pattern.compile("^\\d[\\d\\s\u00a0\u202f]*(,\\d+)?$");
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    /** The contact center's and the FAQ's demo year, and the housing e-service's applications of the same year. */
    @BeforeAll
    static void aYearOfDemoEvents() {
        Analytics.loadDemoYear();
        HousingDemo.loadYear();
    }

    @Test
    void aManagerComparesSixMonthsBeforeAndAfterALaunchAndPrintsIt() throws IOException {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(1280, 1000).setAcceptDownloads(true))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate(Suite.Service.ANALYTICS.url("/pilotutvardering"));
            assertThat(page.locator("h1")).hasText("Utvärdering av pilot");
            assertAccessible(page, "analytics-pilot-signed-out");
            signIn(page, "manager");
            assertThat(page.locator("#evaluation")).isVisible();

            LocalDate launch = TODAY.minusMonths(3);
            page.locator("#service").selectOption("HOUSING");
            page.locator("#launch").fill(launch.toString());
            page.locator("#pilot-form button[type=submit]").click();
            assertThat(page.locator("#result")).isVisible();
            assertThat(page.locator("#before-heading")).hasText("Före: " + launch.minusMonths(6) + " – "
                    + launch.minusDays(1));
            assertThat(page.locator("#after-heading")).hasText("Efter: " + launch + " – " + TODAY);
            assertThat(page.locator("#incomplete")).containsText("Perioden efter införandet är inte slut");
            Locator rows = page.locator("#result tbody tr");
            assertThat(rows).hasCount(4);
            for (int i = 0; i < 4; i++) {
                assertThat(rows.nth(i).locator("[data-before]")).hasText(A_NUMBER);
                assertThat(rows.nth(i).locator("[data-after]")).hasText(A_NUMBER);
            }
            assertAccessible(page, "analytics-pilot-comparison");

            Download download = page.waitForDownload(() -> page.locator("#pdf").click());
            Browsers.keep(download, "analytics-pilot-evaluation.pdf");
            String pdf = plain(PdfText.of(Files.readAllBytes(download.path())));
            assertThat(pdf).contains("Utvärdering av pilot: E-tjänsten för särskilt boende",
                    "Sex månader före och efter införandet",
                    plain(page.locator("#before-heading").textContent()),
                    plain(page.locator("#after-heading").textContent()),
                    "Digital andel av ansökningarna (%)", "Arbetsdagar till beslut, median",
                    "Ärenden i kontaktcenter, kategorin Boende", "Visningar av vanliga frågor",
                    "Perioden efter införandet är inte slut");
            // The PDF's figures are the page's: each row's before and after side by side.
            for (int i = 0; i < 4; i++) {
                assertThat(pdf).contains(plain(rows.nth(i).locator("[data-before]").textContent()) + " "
                        + plain(rows.nth(i).locator("[data-after]").textContent()));
            }

            page.locator("#launch").fill(TODAY.plusDays(10).toString());
            page.locator("#pilot-form button[type=submit]").click();
            assertThat(page.locator("#refused")).isVisible();
            assertThat(page.locator("#result")).isHidden();
            assertThat(page.locator("#pdf")).isDisabled();
            assertAccessible(page, "analytics-pilot-refused");
        }
    }

    @Test
    void theEnglishPageIsAccessibleAndANonManagerSeesNoFigures() {
        try (BrowserContext context = Browsers.browser().newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844))) {
            context.setDefaultTimeout(20_000);
            Page page = context.newPage();
            page.navigate(Suite.Service.ANALYTICS.url("/pilotutvardering?lang=en"));
            assertThat(page.locator("h1")).hasText("Pilot evaluation");
            assertAccessible(page, "analytics-pilot-signed-out-en");
            signIn(page, "agent");
            assertThat(page.locator("#forbidden")).isVisible();
            assertThat(page.locator("#evaluation")).isHidden();
            assertAccessible(page, "analytics-pilot-forbidden-en");
        }
    }

    private static void signIn(Page page, String user) {
        page.locator("#sign-in-button").click();
        Browsers.signIn(page, user);
        page.waitForURL(Pattern.compile(".*18084/pilotutvardering.*"));
    }

    /** Spaces of every kind as one plain space: the page groups thousands with a no-break space. */
    private static String plain(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").strip();
    }
}
