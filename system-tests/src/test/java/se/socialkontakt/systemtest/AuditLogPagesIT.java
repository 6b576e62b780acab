package se.socialkontakt.systemtest;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * The audit log's search page (issue #14), the same in every service, here in the housing e-service: data protection
 * signs in, finds the assessor's read of an application by its id and sees who read it and when; a wrong period gets
 * a readable error; an assessor may not search. axe-core finds no WCAG 2.1 A/AA violation, in Swedish or English.
 */
@ExtendWith({Suite.class, Browsers.class})
class AuditLogPagesIT {
    @Test
    void dataProtectionFindsAnAssessorsReadOfAnApplication() {
        UUID application = Actions.registerPaperApplication().id();
        given().auth().oauth2(KeycloakTokens.accessTokenOf("assessor"))
                .get(Suite.Service.HOUSING.url("/api/assessor/applications/" + application)).then().statusCode(200);

        try (BrowserContext context = Browsers.screen(1280, 900)) {
            Page page = context.newPage();
            page.navigate(Suite.Service.HOUSING.url("/loggranskning"));
            Browsers.signIn(page, "data-protection");
            assertThat(page.locator("#app")).isVisible();
            assertThat(page.locator("h1")).hasText("Loggranskning");
            assertThat(page.locator("main")).containsText("e-tjänsten för särskilt boende");
            assertAccessible(page, "audit-log");

            page.getByLabel("Vad (ärendets, samtalets eller listans id)").fill(application.toString());
            search(page, "Sök");
            Locator read = page.locator("#entries tbody tr", new Page.LocatorOptions().setHasText("READ_APPLICATION"));
            assertThat(read).hasCount(1);
            assertThat(read).containsText("assessor");
            assertThat(read).containsText(application.toString());
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Träffar på sidan 1");
            assertAccessible(page, "audit-log-found");

            page.getByLabel("Från och med dag").fill("2026-12-02");
            page.getByLabel("Till och med dag").fill("2026-12-01");
            search(page, "Sök");
            assertThat(page.locator("#error-summary")).isFocused();
            assertThat(page.locator("#error-summary")).containsText("Första dagen kan inte vara efter den sista.");
            assertThat(page.locator("#results")).isHidden();
            assertAccessible(page, "audit-log-error");

            page.navigate(Suite.Service.HOUSING.url("/loggranskning?lang=en"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).hasText("Audit log review");
            assertThat(page.locator("#app")).isVisible();
            page.getByLabel("Who (user name)").fill("assessor");
            page.getByLabel("Event, for example READ").fill("read_application");
            search(page, "Search");
            assertThat(page.locator("#entries tbody tr").first()).containsText("READ_APPLICATION");
            assertAccessible(page, "audit-log-en");
        }
        try (BrowserContext context = Browsers.screen(390, 844)) {
            Page page = context.newPage();
            page.navigate(Suite.Service.HOUSING.url("/loggranskning"));
            Browsers.signIn(page, "assessor");
            assertThat(page.locator("#status")).hasText("Du har inte behörighet att granska loggen i den här tjänsten.");
            assertThat(page.locator("#app")).isHidden();
            assertAccessible(page, "audit-log-no-access");
        }
    }

    private static void search(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }
}
