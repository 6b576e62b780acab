package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * The housing e-service's pages in a real browser: the public pages; a resident on a phone (signed in through
 * Keycloak's own form) applies step by step, leaves and resumes the draft, attaches a PDF and submits; an assessor
 * asks for more information, the resident answers, the assessor decides and the resident sees the decision with how
 * to appeal; an assessor registers an application that came on paper. axe-core finds no WCAG 2.1 A/AA violation on
 * any page and no resident page is wider than a phone.
 */
@ExtendWith({Suite.class, Browsers.class})
class HousingPagesIT {
    private static final Pattern REFERENCE = Pattern.compile("SB-\\d{4}-\\d{6}");
    private static final String LINDGARDEN = "/boenden/5d1c2b3a-0000-4000-8000-000000000001";

    /** Deadlines are last days with their weekday, and the last day to appeal is still a day to appeal. */
    @Test
    void deadlinesReadAsTheirLastDay() {
        try (BrowserContext context = screen(390, 844)) {
            Page page = context.newPage();
            page.navigate(url("/ansokan"));
            Browsers.signIn(page, "resident");
            assertThat(page.locator("#app")).isVisible();
            assertThat(page.evaluate("async (day) => (await import('/housing/page.js')).formatLastDay(day)",
                    "2026-12-28")).isEqualTo("måndag 28 december 2026");
            String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
            assertThat(page.evaluate("async (day) => (await import('/housing/page.js')).hasPassed(day)", today))
                    .isEqualTo(false);
            assertThat(page.evaluate("async (day) => (await import('/housing/page.js')).hasPassed(day)",
                    LocalDate.parse(today).minusDays(1).toString())).isEqualTo(true);
        }
    }

    @Test
    void thePublicPagesNeedNoLoginAndWorkOnAPhone() {
        try (BrowserContext phone = screen(390, 844)) {
            Page page = phone.newPage();
            page.navigate(url("/"));
            assertThat(page.locator("h1")).hasText("Ansök om särskilt boende");
            assertAccessible(page, "housing-start");

            page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Stadens boenden för äldre").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Stadens boenden för äldre");
            assertAccessible(page, "housing-homes");
            page.getByLabel("Inriktning").selectOption("DEMENTIA");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa").setExact(true)).click();
            assertThat(page.locator("ul.cards")).containsText("Lindgårdens vård- och omsorgsboende");
            assertThat(page.locator("ul.cards li h2")).not().hasCount(0);
            assertAccessible(page, "housing-homes-filtered");

            page.navigate(url(LINDGARDEN));
            assertThat(page.locator("h1")).hasText("Lindgårdens vård- och omsorgsboende");
            assertThat(page.locator("main")).containsText("Par kan bo tillsammans här");
            assertAccessible(page, "housing-home");

            page.navigate(url("/sa-fungerar-det"));
            assertThat(page.locator("main")).containsText("tre veckor");
            assertThat(page.locator("main")).containsText("äldrenämnden");
            assertAccessible(page, "housing-how");

            page.navigate(url("/?lang=en"));
            assertThat(page.locator("html")).hasAttribute("lang", "en");
            assertThat(page.locator("h1")).hasText("Apply for special housing");
            assertAccessible(page, "housing-start-en");
        }
    }

    @Test
    void aResidentAppliesAndAnAssessorAsksForMoreAndDecides() {
        try (BrowserContext resident = screen(390, 844); BrowserContext staff = screen(1280, 900)) {
            Page page = resident.newPage();
            page.navigate(url("/ansokan"));
            Browsers.signIn(page, "resident");
            assertThat(page.locator("#app")).isVisible();
            assertAccessible(page, "housing-applications");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Starta en ny ansökan")).click();
            assertThat(page.locator("#app")).isVisible();
            assertAccessible(page, "housing-new");
            // With protected personal data nothing is stored: the page gives the phone number instead.
            page.getByLabel("Ja", new Page.GetByLabelOptions().setExact(true)).check();
            click(page, "Börja ansökan");
            assertThat(page.locator("#protected")).isVisible();
            assertThat(page.locator("#protected")).containsText("Ring oss på 08-465 004 50");
            assertThat(page.locator("#app")).isHidden();
            assertAccessible(page, "housing-new-protected");
            page.reload();
            page.getByLabel("Nej", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Mig själv").check();
            click(page, "Börja ansökan");

            String id = stepPage(page, 1, "Vem ansöker?").split("/")[2];
            assertThat(page.locator("#f-role-0")).isChecked();
            next(page);

            stepPage(page, 2, "Kontaktuppgifter");
            assertThat(page.locator("#f-name")).hasValue("Tolvan Tolvansson");
            page.locator("#f-name").fill("");
            next(page);
            assertThat(page.locator(".error-summary")).isFocused();
            assertThat(page.locator(".error-summary")).containsText("Skriv ditt namn");
            assertThat(page.locator("#error-name")).containsText("Skriv ditt namn");
            assertThat(page.locator("#error-phone")).containsText("Skriv ett telefonnummer");
            assertAccessible(page, "housing-step-2-errors");
            page.locator(".error-summary a").first().click();
            assertThat(page.locator("#f-name")).isFocused();
            page.locator("#f-name").fill("Tolvan Tolvansson");
            page.locator("#f-phone").fill("08-465 004 20");
            page.locator("#f-decisionBy-0").check();
            next(page);

            stepPage(page, 3, "Hur bor du i dag?");
            page.locator("#f-situation-0").check();
            page.locator("#f-description").fill("Lägenhet på tredje våningen utan hiss");
            page.locator("#f-homeHelp-0").check();
            page.locator("#f-homeHealthCare-1").check();
            // Leave for now, and come back to the draft from the list.
            click(page, "Spara och fortsätt senare");
            assertThat(page.locator("h1")).hasText("Mina ansökningar");
            Locator draft = page.locator("#list li")
                    .filter(new Locator.FilterOptions().setHas(page.locator("a[href*='" + id + "']")));
            assertThat(draft).containsText("Inte skickad");
            assertAccessible(page, "housing-applications-draft");
            draft.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Fortsätt")).click();

            stepPage(page, 4, "Dina behov");
            page.locator("#f-physical").fill("Kan inte gå i trappor");
            page.locator("#f-safety").fill("Har fallit flera gånger i vinter");
            next(page);

            stepPage(page, 5, "Make, maka eller sambo");
            page.locator("#f-movesToo-1").check();
            next(page);

            stepPage(page, 6, "Önskemål om boende");
            assertThat(page.locator("main")).containsText("Ett önskemål är ingen garanti");
            page.locator("#f-anywhere-1").check();
            page.getByLabel("Lindgårdens vård- och omsorgsboende, Norra").check();
            assertAccessible(page, "housing-step-6-homes");
            next(page);

            stepPage(page, 7, "Språk");
            assertThat(page.locator("#f-language")).hasValue("svenska");
            page.locator("#f-interpreter-1").check();
            next(page);

            stepPage(page, 8, "Samtycke");
            page.locator("#f-healthCare-0").check();
            page.locator("#f-relatives-1").check();
            next(page);

            stepPage(page, 9, "Bilagor");
            page.getByLabel("Välj en fil")
                    .setInputFiles(new FilePayload("läkarintyg.pdf", "application/pdf", Attachments.tinyPdf()));
            click(page, "Ladda upp");
            assertThat(page.locator("#upload-status")).hasText("Filen är uppladdad.");
            assertThat(page.locator("#attachment-list li")).hasCount(1);
            assertThat(page.locator("#attachment-list")).containsText("läkarintyg.pdf");
            assertAccessible(page, "housing-step-9-attachments");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Spara och fortsätt")).click();

            stepPage(page, 10, "Granska och skicka");
            assertThat(page.locator("#answers")).containsText("Kan inte gå i trappor");
            assertThat(page.locator("#answers")).containsText("Ensam i egen bostad");
            assertThat(page.locator("#review-files")).containsText("läkarintyg.pdf");
            click(page, "Skicka ansökan");
            assertThat(page.locator("h1")).hasText("Ansökan är skickad");
            assertThat(page.locator("#reference")).hasText(REFERENCE);
            String reference = page.locator("#reference").innerText();
            assertAccessible(page, "housing-receipt");

            Page console = staff.newPage();
            console.navigate(url("/handlaggning"));
            Browsers.signIn(console, "assessor");
            assertThat(console.locator("#inbox")).containsText(reference);
            assertAccessible(console, "housing-console-inbox");
            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(reference)).click();
            assertThat(console.locator("#reference")).hasText(reference);
            assertThat(console.locator("#applicant-number")).hasText("191212121212");
            assertThat(console.locator("#attachment-list")).containsText("läkarintyg.pdf");
            assertThat(console.locator("#answers")).containsText("Har fallit flera gånger i vinter");
            click(console, "Tilldela mig");
            assertThat(console.locator("#assessor")).hasText("assessor");
            console.getByLabel("Vad behöver du veta?").fill("Vi behöver ett läkarintyg om dina fall i vintras.");
            click(console, "Skicka begäran");
            // Staff words, and only what this state allows: no "moved in" or appeal outcome before a decision.
            assertThat(console.locator("#case-status")).hasText("Väntar på komplettering från den sökande");
            assertThat(console.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inflyttad")))
                    .isHidden();
            assertThat(console.locator("#appeal-outcome-form")).isHidden();
            assertThat(console.locator("#request-card")).isHidden();
            assertAccessible(console, "housing-console-case");

            page.navigate(url("/ansokan/" + id));
            assertThat(page.locator("#status-heading")).hasText("Väntar på ditt svar");
            assertThat(page.locator("#supplement-question"))
                    .hasText("Vi behöver ett läkarintyg om dina fall i vintras.");
            assertAccessible(page, "housing-status-awaiting-supplement");
            page.getByLabel("Ditt svar", new Page.GetByLabelOptions().setExact(true))
                    .fill("Intyget från vårdcentralen finns som bilaga.");
            click(page, "Skicka svaret");
            assertThat(page.locator("#status-heading")).hasText("Du har svarat");
            assertThat(page.locator("#messages")).containsText("Intyget från vårdcentralen finns som bilaga.");

            console.reload();
            assertThat(console.locator("#messages")).containsText("Intyget från vårdcentralen finns som bilaga.");
            console.getByLabel("Avslås").check();
            console.getByLabel("Beslutstext med motivering").fill("Behoven kan tillgodoses med utökad hemtjänst.");
            click(console, "Spara beslutet");
            assertThat(console.locator("#case-status")).hasText("Beslut fattat");
            assertThat(console.locator("#outcome")).containsText("Avslås");
            assertThat(console.locator("#decision-form")).isHidden();
            assertAccessible(console, "housing-console-decided");

            // Found again by the personal identity number a caller gives (the search is audited).
            console.navigate(url("/handlaggning"));
            console.getByLabel("Sök ansökan").fill("19121212-1212");
            click(console, "Sök");
            assertThat(console.locator("#inbox-heading")).hasText("Sökresultat");
            assertThat(console.locator("#inbox")).containsText(reference);
            assertAccessible(console, "housing-console-search");

            page.reload();
            assertThat(page.locator("#status-heading")).hasText("Beslut fattat");
            assertThat(page.locator("#outcome")).hasText("Du har fått nej: ansökan avslås");
            assertThat(page.locator("#decision")).containsText("tre veckor");
            assertThat(page.locator("#decision")).containsText("äldrenämnden");
            assertThat(page.locator("#appeal")).isVisible();
            assertAccessible(page, "housing-status-decided");
        }
    }

    @Test
    void aRelativeAppliesForAParentWhoFollowsTheApplicationWithoutChangingIt() {
        try (BrowserContext relative = screen(390, 844); BrowserContext parent = screen(390, 844)) {
            Page page = relative.newPage();
            page.navigate(url("/ansokan/ny"));
            Browsers.signIn(page, "resident2");
            assertThat(page.locator("#app")).isVisible();
            page.getByLabel("Nej", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Någon annan, som jag ansöker för").check();
            click(page, "Börja ansökan");

            String id = stepPage(page, 1, "Vem ansöker?").split("/")[2];
            assertThat(page.locator("#f-role-1")).isChecked();
            page.getByLabel("Namn på den du ansöker för").fill("Tolvan Tolvansson");
            page.getByLabel("Personnummer för den du ansöker för").fill("19121212-1212");
            page.getByLabel("Fullmakt (du laddar upp den som bilaga)").check();
            page.getByLabel("Personen vet om ansökan och vill att jag ansöker").check();
            next(page);

            stepPage(page, 2, "Kontaktuppgifter");
            assertThat(page.locator("#f-name")).hasValue("Agda Testsson");
            page.locator("#f-phone").fill("070-123 45 67");
            page.locator("#f-decisionBy-0").check();
            click(page, "Spara och fortsätt senare");
            Locator draft = page.locator("#list li")
                    .filter(new Locator.FilterOptions().setHas(page.locator("a[href*='" + id + "']")));
            assertThat(draft.locator("h2")).hasText("Ansökan för Tolvan Tolvansson");
            assertThat(draft).containsText("Inte skickad");
            assertAccessible(page, "housing-relative-drafts");

            // The person applied for sees the draft that concerns them, and cannot change it.
            Page own = parent.newPage();
            own.navigate(url("/ansokan"));
            Browsers.signIn(own, "resident");
            Locator concerning = own.locator("#list li")
                    .filter(new Locator.FilterOptions().setHas(own.locator("a[href*='" + id + "']")));
            assertThat(concerning.locator("h2")).hasText("Ansökan om särskilt boende för dig");
            assertThat(concerning).containsText("Agda Testsson ansöker för din räkning");
            assertThat(concerning.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Fortsätt")))
                    .hasCount(0);
            assertThat(concerning.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ta bort")))
                    .hasCount(0);
            assertAccessible(own, "housing-subject-applications");
            concerning.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Visa")).click();
            assertThat(own.locator("#status-heading")).hasText("Inte skickad");
            assertThat(own.locator("#answers")).containsText("Tolvan Tolvansson");
            assertAccessible(own, "housing-subject-draft");
            own.navigate(url("/ansokan/" + id + "/steg/1"));
            assertThat(own.locator("#status")).containsText("Agda Testsson ansöker för din räkning");
            assertThat(own.locator("#app")).isHidden();

            // A draft started by mistake can be deleted, after one more question.
            page.navigate(url("/ansokan/ny"));
            page.getByLabel("Nej", new Page.GetByLabelOptions().setExact(true)).check();
            page.getByLabel("Mig själv").check();
            click(page, "Börja ansökan");
            String mistake = stepPage(page, 1, "Vem ansöker?").split("/")[2];
            click(page, "Spara och fortsätt senare");
            Locator unwanted = page.locator("#list li")
                    .filter(new Locator.FilterOptions().setHas(page.locator("a[href*='" + mistake + "']")));
            unwanted.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ta bort utkastet")).click();
            assertThat(unwanted).containsText("Vill du ta bort utkastet?");
            assertAccessible(page, "housing-delete-draft-question");
            unwanted.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Ja, ta bort")).click();
            assertThat(page.locator("#status")).hasText("Utkastet är borttaget.");
            assertThat(page.locator("#list a[href*='" + mistake + "']")).hasCount(0);
            assertThat(draft).isVisible();
        }
    }

    @Test
    void anAssessorRegistersAnApplicationThatCameOnPaper() {
        try (BrowserContext staff = screen(1280, 900)) {
            Page console = staff.newPage();
            console.navigate(url("/handlaggning"));
            Browsers.signIn(console, "assessor");
            console.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Registrera en ansökan som kom på papper")).click();
            assertThat(console.locator("h1")).hasText("Registrera en pappersansökan");
            assertThat(console.locator("#app")).isVisible();
            assertAccessible(console, "housing-paper-form");

            click(console, "Registrera ansökan");
            assertThat(console.locator(".error-summary")).isFocused();
            assertThat(console.locator("#error-applicantIdentityNumber")).containsText("Skriv ett personnummer");
            assertThat(console.locator("#error-who-role")).containsText("Välj om du ansöker");
            assertThat(console.locator("#error-applicant-name")).isVisible();
            assertAccessible(console, "housing-paper-errors");

            console.locator("#f-applicantIdentityNumber").fill("19811218-9876");
            console.locator("#f-who-role-0").check();
            console.locator("#f-applicant-name").fill("Agda Testsson");
            console.locator("#f-applicant-phone").fill("08-465 004 21");
            console.locator("#f-applicant-decisionBy-1").check();
            console.locator("#f-applicant-postalAddress").fill("Storgatan 1, 111 11 Staden");
            console.locator("#f-living-situation-0").check();
            console.locator("#f-living-homeHelp-0").check();
            console.locator("#f-living-homeHealthCare-1").check();
            console.locator("#f-needs-physical").fill("Behöver hjälp dygnet runt");
            console.locator("#f-partner-movesToo-0").check();
            console.locator("#f-partner-name").fill("Arne Testsson");
            console.locator("#f-partner-personNumber").fill("19121212-1213");
            console.locator("#f-wishes-anywhere-0").check();
            console.locator("#f-language-language").fill("svenska");
            console.locator("#f-language-interpreter-1").check();
            console.locator("#f-consents-healthCare-0").check();
            console.locator("#f-consents-relatives-1").check();
            click(console, "Registrera ansökan");
            // The API's problem lands on the partner's number, not on any other person number.
            assertThat(console.locator("#error-partner-personNumber")).containsText("Skriv ett personnummer");
            assertThat(console.locator(".has-error")).hasCount(1);

            console.locator("#f-partner-personNumber").fill("19121212-1212");
            click(console, "Registrera ansökan");
            assertThat(console.locator("#receipt-heading")).isFocused();
            assertThat(console.locator("#receipt-heading")).hasText("Pappersansökan är registrerad");
            assertThat(console.locator("#reference")).hasText(REFERENCE);
            String reference = console.locator("#reference").innerText();
            assertThat(console.locator("#app")).isHidden();
            assertThat(console.locator(".error-summary")).hasCount(0);
            assertAccessible(console, "housing-paper-receipt");

            console.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Öppna ansökan")).click();
            assertThat(console.locator("#reference")).hasText(reference);
            assertThat(console.locator("#channel")).hasText("Papper");
            assertThat(console.locator("#applicant-number")).hasText("198112189876");
        }
    }

    /** Waits for wizard step n to be ready and returns its address. */
    private static String stepPage(Page page, int n, String title) {
        page.waitForURL(Pattern.compile(".*/steg/" + n + "$"));
        assertThat(page.locator("h1")).hasText(title);
        assertThat(page.locator("#app")).isVisible();
        if (n != 9) {
            assertAccessible(page, "housing-step-" + n);
        }
        return page.url().replace(Suite.Service.HOUSING.url(""), "");
    }

    private static void next(Page page) {
        click(page, "Spara och fortsätt");
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    private static String url(String path) {
        return Suite.Service.HOUSING.url(path);
    }

    private static BrowserContext screen(int width, int height) {
        BrowserContext context = Browsers.browser().newContext(
                new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        return context;
    }
}
