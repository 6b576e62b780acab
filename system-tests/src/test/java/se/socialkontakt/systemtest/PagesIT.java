package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every service's front page in a real browser (Debian's chromium, phone-sized): Swedish, named, no WCAG 2.1 AA
 * violation found by axe-core, nothing wider than the screen. Screenshots land in target/screenshots.
 */
@ExtendWith({Suite.class, Browsers.class})
class PagesIT {
    private static final Map<Suite.Service, String> SWEDISH_NAMES = Map.of(
            Suite.Service.CHAT, "Ungdomschatten",
            Suite.Service.HOUSING, "Ansök om särskilt boende",
            Suite.Service.CONTACT_CENTER, "Kontaktcenter",
            Suite.Service.ANALYTICS, "Uppföljning och statistik");

    @ParameterizedTest
    @EnumSource(value = Suite.Service.class, names = "CHAT_SECOND", mode = EnumSource.Mode.EXCLUDE)
    void theFrontPageIsSwedishAccessibleAndFitsAPhone(Suite.Service service) {
        Browser.NewContextOptions phone = new Browser.NewContextOptions().setViewportSize(390, 844);
        try (BrowserContext context = Browsers.browser().newContext(phone)) {
            Page page = context.newPage();
            page.navigate(service.url("/"));

            assertThat(page.locator("html").getAttribute("lang")).isEqualTo("sv");
            assertThat(page.locator("h1").innerText()).isEqualTo(SWEDISH_NAMES.get(service));
            Browsers.assertAccessible(page, service.module);
        }
    }

    /** Residents were given two numbers and two sets of hours for the same social services (issue #15). */
    @Test
    void theHousingPagesAndTheContactCenterGiveTheSameNumberAndHours() {
        try (BrowserContext context = Browsers.browser().newContext()) {
            Page contactCenter = context.newPage();
            contactCenter.navigate(Suite.Service.CONTACT_CENTER.url("/"));
            String phone = contactCenter.locator("a[href^='tel:']").innerText();
            String hours = contactCenter.locator("#phone-heading + .facts dd").last().innerText()
                    .replace("Vardagar ", "");
            Page housing = context.newPage();
            housing.navigate(Suite.Service.HOUSING.url("/"));
            assertThat(housing.locator("footer").innerText()).contains(phone).contains("vardagar " + hours);
        }
    }
}
