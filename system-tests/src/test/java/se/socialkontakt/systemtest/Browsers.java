package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the page tests share: one Debian chromium for the whole run, driven by Playwright (no browser is downloaded),
 * axe-core from npm for WCAG 2.1 A/AA, and screenshots in target/screenshots to look at. Test classes that use
 * {@link #browser()} extend with this class; the browser closes when the last test class is done. The services'
 * Content-Security-Policy stays in force: a test fails when the browser refused anything on any page it opened (an
 * inline script or style someone added, a source the policy does not name).
 */
final class Browsers implements BeforeAllCallback, AfterEachCallback, ExtensionContext.Store.CloseableResource {
    private static final Path AXE = Suite.ROOT.resolve("system-tests/node_modules/axe-core/axe.min.js");
    private static final Path SCREENSHOTS = Suite.ROOT.resolve("system-tests/target/screenshots");

    private static final List<String> CSP_VIOLATIONS = new ArrayList<>();

    private static Playwright playwright;
    private static Browser browser;
    private static String axe;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (browser != null) {
            return;
        }
        assertThat(AXE).as("axe-core (npm install in system-tests; deploy/test.sh does it)").exists();
        try {
            axe = Files.readString(AXE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        playwright = Playwright.create();
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("socialkontakt.chromium", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
        // Every context, however a test opens it; popups and Keycloak's pages included.
        browser.onContext(opened -> opened.onConsoleMessage(Browsers::recordCspViolation));
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(Browsers.class.getName(), this);
    }

    private static void recordCspViolation(ConsoleMessage message) {
        if (message.text().contains("Content Security Policy")) {
            CSP_VIOLATIONS.add(message.location() + ": " + message.text());
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        List<String> violations = List.copyOf(CSP_VIOLATIONS);
        CSP_VIOLATIONS.clear();
        assertThat(violations).as("Content-Security-Policy violations").isEmpty();
    }

    @Override
    public void close() {
        playwright.close();
        browser = null;
    }

    static Browser browser() {
        return browser;
    }

    /** A fresh context (no one signed in) with a screen of this size, waiting at most 15 s for anything. */
    static BrowserContext screen(int width, int height) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** What axe-core finds against WCAG 2.1 A and AA on the page as it is now, one line per rule broken. */
    @SuppressWarnings("unchecked")
    static List<String> wcagViolations(Page page) {
        // Evaluated through the DevTools protocol, which the page's policy does not govern; a script tag would be
        // an inline script, refused under script-src 'self'.
        page.evaluate(axe);
        return (List<String>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}))
                  .violations.map(v => v.id + ': ' + v.help + ' (' + v.nodes.map(n => n.target).join(', ') + ')')""");
    }

    /**
     * Elements that carry the {@code hidden} attribute and still take part in the layout: an author {@code display}
     * rule beats the browser's own rule for {@code hidden}, so a badge meant to be absent shows.
     */
    @SuppressWarnings("unchecked")
    static List<String> shownDespiteHidden(Page page) {
        return (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('[hidden]')]
                  .filter(e => getComputedStyle(e).display !== 'none')
                  .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.')
                      + ' "' + e.textContent.trim().slice(0, 40) + '"')""");
    }

    /** Signs a demo user (password demo) in on Keycloak's own login form, where the page was sent to sign in. */
    static void signIn(Page page, String user) {
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
    }

    static void screenshot(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(artefact(name + ".png")));
    }

    /** Keeps a downloaded file beside the screenshots, to be looked at after the run. */
    static void keep(Download download, String name) {
        download.saveAs(artefact(name));
    }

    private static Path artefact(String fileName) {
        try {
            return Files.createDirectories(SCREENSHOTS).resolve(fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Saves a screenshot of the page as it is now (first, so that a failure can be looked at), then checks that
     * axe-core finds no WCAG 2.1 A/AA violation, that nothing is wider than the viewport and that nothing marked
     * hidden shows.
     */
    static void assertAccessible(Page page, String state) {
        screenshot(page, state);
        assertThat(shownDespiteHidden(page)).as("elements with the hidden attribute that show: %s", state).isEmpty();
        int viewport = page.viewportSize().width;
        assertThat(wcagViolations(page)).as("axe-core WCAG 2.1 AA violations: %s", state).isEmpty();
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .as("width of %s in a %d px wide viewport", state, viewport).isLessThanOrEqualTo(viewport);
    }
}
