package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's front page in a real browser (Debian's chromium, phone-sized): Swedish, named, no WCAG 2.1 AA
 * violation found by axe-core, nothing wider than the screen. Screenshots land in target/screenshots.
 */
@ExtendWith(Suite.class)
class PagesIT {
    private static final Map<Suite.Service, String> SWEDISH_NAMES = Map.of(
            Suite.Service.CHAT, "Ungdomschatten",
            Suite.Service.HOUSING, "Ansök om särskilt boende",
            Suite.Service.CONTACT_CENTER, "Kontaktcenter",
            Suite.Service.ANALYTICS, "Uppföljning och statistik");
    private static final Path AXE = Suite.ROOT.resolve("system-tests/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = Suite.ROOT.resolve("system-tests/target/screenshots");

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        assertThat(AXE).as("axe-core (npm install in system-tests; deploy/test.sh does it)").exists();
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("socialkontakt.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @ParameterizedTest
    @EnumSource(value = Suite.Service.class, names = "CHAT_SECOND", mode = EnumSource.Mode.EXCLUDE)
    void theFrontPageIsSwedishAccessibleAndFitsAPhone(Suite.Service service) throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page page = context.newPage();
            page.navigate(service.url("/"));

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
            assertThat(page.locator("h1").innerText()).isEqualTo(SWEDISH_NAMES.get(service));
            assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                    .as("page width on a phone").isLessThanOrEqualTo(390);

            page.addScriptTag(new Page.AddScriptTagOptions().setPath(AXE));
            @SuppressWarnings("unchecked")
            List<String> violations = (List<String>) page.evaluate("""
                    async () => (await axe.run(document, {runOnly: {type: 'tag',
                        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}))
                      .violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.length + ' elements)')""");
            assertThat(violations).as("axe-core WCAG 2.1 AA violations on %s", service.module).isEmpty();

            Files.createDirectories(SCREENSHOTS);
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(SCREENSHOTS.resolve(service.module + ".png")));
        }
    }
}
