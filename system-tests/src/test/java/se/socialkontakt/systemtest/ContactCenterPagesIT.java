package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * The contact center's pages in a real browser: an agent (signed in through Keycloak's own login form) resolves one
 * phone contact from the knowledge base and routes another, which a handler answers; an agent tells a caller where
 * their housing application stands and merges a duplicate found by its number; a communicator relates articles; a
 * resident on a phone asks a question and complains; the FAQ answers as one types and never shows internal answers.
 * axe-core finds no WCAG 2.1 A/AA violation on any page, nothing is wider than a phone, and every state is in
 * target/screenshots.
 */
@ExtendWith({Suite.class, Browsers.class})
class ContactCenterPagesIT {
    private static final Pattern CASE_REFERENCE = Pattern.compile("KC-\\d{4}-\\d{6}");
    private static final String ELDERLY_HOUSING_ARTICLE = "/faq/0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0001";
    private static final Page.GetByLabelOptions EXACT = new Page.GetByLabelOptions().setExact(true);
    private static final String INTERNAL_ARTICLE = "/faq/0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0004";

    /** A promise that ends at midnight reads as the day before: "senast måndag 7 december", not "8 december 00:00". */
    @Test
    void deadlinesReadAsTheirLastDay() {
        try (BrowserContext context = screen(1280, 900)) {
            Page page = context.newPage();
            page.navigate(Suite.Service.CONTACT_CENTER.url("/kontakt"));
            String dates = "async (at) => (await import('/contact/dates.js')).deadline(at)";
            assertThat(page.evaluate(dates, "2026-12-07T23:00:00Z")).isEqualTo("måndag 7 december 2026");
            assertThat(page.evaluate(dates, "2026-12-08T13:00:00Z")).isEqualTo("8 december 2026 kl. 14:00");
        }
    }

    @Test
    void anAgentResolvesOneContactAtOnceAndRoutesAnotherWhichAHandlerAnswers() {
        try (BrowserContext agentBrowser = screen(1280, 900); BrowserContext handlerBrowser = screen(1280, 900)) {
            Page agent = signIn(agentBrowser, "/agent", "agent");
            register(agent, "ELDERLY_CARE", "Dottern undrar hur hennes mamma ansöker om särskilt boende.");
            agent.getByLabel("Sök i kunskapsbanken").fill("ansökan särskilt boende");
            Locator hit = agent.locator("#knowledge-hits li")
                    .filter(new Locator.FilterOptions().setHasText("Hur ansöker jag om särskilt boende?"));
            assertThat(agent.locator("#knowledge-hits")).containsText("Internt svar");
            hit.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Infoga svaret")).click();
            assertThat(agent.locator("#answer")).hasValue(Pattern.compile("ansöka om särskilt boende i e-tjänsten"));
            assertThat(agent.locator("#knowledge-count")).hasText("Svaret är infogat i ärendet.");
            assertAccessible(agent, "contact-agent-case-open");

            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lös direkt")).click();
            assertThat(agent.locator("#case-status")).hasText("Ärendet är löst vid första kontakt.");
            assertThat(agent.locator("#case [data-field='status']")).hasText("Löst");
            assertThat(agent.locator("#case-entries")).containsText("e-tjänsten för äldreomsorg");
            Browsers.screenshot(agent, "contact-agent-resolved");

            register(agent, "FINANCIAL_AID", "Undrar hur det går med ansökan om ekonomiskt bistånd från förra veckan.");
            // Said of the case before: with another case open it would claim an answer was put into this one.
            assertThat(agent.locator("#knowledge-count")).not().containsText("infogat");
            String reference = agent.locator("#case [data-field='reference']").innerText();
            assertThat(reference).matches(CASE_REFERENCE);
            assertThat(agent.locator("#route-unit")).hasValue("FINANCIAL_AID");
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka vidare")).click();
            assertThat(agent.locator("#case-status")).hasText("Ärendet är skickat till Ekonomiskt bistånd.");
            assertThat(agent.locator("#latest-cases tr").filter(new Locator.FilterOptions().setHasText(reference)))
                    .containsText("Hos enhet: Ekonomiskt bistånd");
            Browsers.screenshot(agent, "contact-agent-routed");

            Page handler = signIn(handlerBrowser, "/handlaggare", "handler");
            handler.getByLabel("Enhet", EXACT).selectOption("FINANCIAL_AID");
            handler.locator("#unit-cases").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(reference))
                    .click();
            assertThat(handler.locator("#case [data-field='summary']")).hasText(Pattern.compile("ekonomiskt bistånd"));
            assertAccessible(handler, "contact-handler-case-open");
            handler.getByLabel("Svar till personen").fill("Ansökan är under utredning. Du får beslutet inom två veckor.");
            handler.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lös ärendet")).click();
            assertThat(handler.locator("#case-status")).hasText("Ärendet är löst.");
            assertThat(handler.locator("#unit-cases")).not().containsText(reference);
            Browsers.screenshot(handler, "contact-handler-resolved");
        }
    }

    @Test
    void anAgentTellsACallerWhereTheirApplicationStandsAndMergesADuplicateByItsNumber() {
        String application = Actions.registerPaperApplication().reference();
        String agentToken = KeycloakTokens.accessTokenOf("agent");
        // The contact center learns of the application from housing's events, a moment after it was registered.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(agentToken)
                .queryParam("identifiedBy", "BANKID")
                .get(Suite.Service.CONTACT_CENTER.url("/api/application-status/" + application)).then().statusCode(200));
        try (BrowserContext agentBrowser = screen(1280, 900)) {
            Page agent = signIn(agentBrowser, "/agent", "agent");
            Locator reference = agent.getByLabel("Ansökans referensnummer");
            Locator lookUp = agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Visa status"));
            assertThat(agent.locator("#application-reference-hint")).containsText("Uppslaget loggas.");

            reference.fill("SB-12");
            lookUp.click();
            assertThat(agent.locator("#application-reference-error")).hasText("Skriv ett referensnummer som SB-2026-000123.");
            assertThat(reference).hasAttribute("aria-invalid", "true");

            // No status before the agent says how the caller was identified.
            reference.fill(application.toLowerCase());
            lookUp.click();
            assertThat(agent.locator("#identifiedBy-error")).hasText("Välj hur du har kontrollerat vem som ringer.");
            assertThat(agent.locator("#application-status")).isHidden();
            agent.getByLabel("Personen har legitimerat sig med Mobilt BankID").check();
            lookUp.click();
            assertThat(agent.locator("#application-status-reference")).hasText(application);
            assertThat(agent.locator("#application-status-reference")).isFocused();
            assertThat(agent.locator("#application-status [data-field='status']")).hasText("Skickad, inte registrerad än");
            assertThat(agent.locator("#application-status [data-field='next']"))
                    .hasText("En biståndshandläggare tar ansökan och hör av sig till den sökande.");
            assertThat(agent.locator("#application-status [data-field='decision']")).isHidden();
            assertAccessible(agent, "contact-agent-application-status");

            // The next caller's reference finds nothing: the previous caller's status must not stay under it.
            reference.fill("SB-1999-000001");
            lookUp.click();
            assertThat(agent.locator("#application-status-form .form-status"))
                    .hasText("Ingen skickad ansökan har det referensnumret. Kontrollera numret med personen.");
            assertThat(agent.locator("#application-status")).isHidden();
            assertAccessible(agent, "contact-agent-application-not-found");

            register(agent, "ELDERLY_CARE", "Frågar om trygghetslarm till sin pappa.");
            String first = agent.locator("#case [data-field='reference']").innerText();
            register(agent, "ELDERLY_CARE", "Ringer igen om trygghetslarmet.");
            agent.getByLabel("Det här ärendet är en dubblett av").fill(first.toLowerCase());
            agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Slå ihop").setExact(true)).click();
            assertThat(agent.locator("#case-status")).hasText("Ärendet är sammanslaget med " + first + ".");
            assertThat(agent.locator("#case [data-field='reference']")).hasText(first);
        }
    }

    /** Anonymous feedback has no way back: the handler records what was done, and is offered no "Skicka svar". */
    @Test
    void anonymousFeedbackOffersNoAnswerOnlyAWayToRecordThatItWasHandled() {
        String reference = sendFeedbackToFinancialAid(Map.of("kind", "COMPLAINT",
                "text", "Ingen svarade när jag ringde i tisdags.", "anonymous", true));
        try (BrowserContext handlerBrowser = screen(1280, 900)) {
            Page handler = signIn(handlerBrowser, "/handlaggare", "handler");
            Locator item = financialAidFeedback(handler, reference);
            assertThat(item).containsText("Ingen svarade när jag ringde i tisdags.");
            assertThat(item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Skicka svar")))
                    .hasCount(0);
            item.getByLabel("Vad gjorde ni?", new Locator.GetByLabelOptions().setExact(false))
                    .fill("Vi har gått igenom telefontiderna med enheten.");
            assertAccessible(handler, "contact-handler-anonymous-feedback");
            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Markera som hanterad")).click();
            assertThat(item.locator(".item-status")).hasText("Synpunkten är markerad som hanterad.");
        }
    }

    /**
     * The handler's page reloads its lists every minute, after a case is resolved and on "Uppdatera", and each reload
     * drew the feedback afresh: "Sparat." vanished, and so did an answer the handler was still writing. CI saw it
     * when the reload after a resolved case landed while an acknowledgement was under way: the acknowledgement's
     * answer then redrew an item no longer on the page.
     */
    @Test
    void aReloadOfTheListsKeepsAnAnswerBeingWrittenAndWhatTheLastActionSaid() {
        String reference = sendFeedbackToFinancialAid(Map.of("kind", "SUGGESTION",
                "text", "Öppna telefonen en kväll i veckan.", "anonymous", false,
                "name", "Eva Exempel", "contact", "eva@example.se"));
        try (BrowserContext handlerBrowser = screen(1280, 900)) {
            Page handler = signIn(handlerBrowser, "/handlaggare", "handler");
            Locator item = financialAidFeedback(handler, reference);
            Locator answer = item.getByLabel("Svar", new Locator.GetByLabelOptions().setExact(true));
            answer.fill("Tack, vi prövar kvällsöppet");
            List<Route> held = new ArrayList<>();
            handler.route("**/acknowledgement", held::add);

            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Bekräfta mottagandet")).click();
            for (int polls = 0; held.isEmpty() && polls < 100; polls++) {
                handler.waitForTimeout(50); // the route handler runs while Playwright waits, on this thread
            }
            assertThat(held).as("the acknowledgement held on its way").hasSize(1);
            reload(handler);
            held.get(0).resume();

            assertThat(item.locator(".item-status")).hasText("Sparat.");
            assertThat(item.locator(".acknowledge")).isHidden();
            reload(handler);
            assertThat(item.locator(".item-status")).hasText("Sparat.");
            assertThat(answer).hasValue("Tack, vi prövar kvällsöppet");
        }
    }

    /** Sends feedback to Ekonomiskt bistånd through the API and answers its reference. */
    private static String sendFeedbackToFinancialAid(Map<String, Object> feedback) {
        Map<String, Object> body = new HashMap<>(feedback);
        body.put("unit", "FINANCIAL_AID");
        return given().contentType(ContentType.JSON).body(body)
                .post(Suite.Service.CONTACT_CENTER.url("/api/feedback")).then().statusCode(201).extract()
                .path("reference");
    }

    /** Chooses Ekonomiskt bistånd on the handler's page and answers the feedback item with the reference. */
    private static Locator financialAidFeedback(Page handler, String reference) {
        handler.locator("#unit").selectOption("FINANCIAL_AID");
        return handler.locator("#feedback-list li").filter(new Locator.FilterOptions().setHasText(reference));
    }

    /** Clicks "Uppdatera" and waits until the lists are drawn again (an item drawn before is marked). */
    private static void reload(Page handler) {
        handler.locator("#feedback-list li").first().evaluate("item => { item.dataset.before = 'reload'; }");
        handler.locator("#refresh").click();
        assertThat(handler.locator("#feedback-list li[data-before]")).hasCount(0);
    }

    /** The editor said "Artikeln är sparad" after publishing: each action now says what residents see. */
    @Test
    void aCommunicatorIsToldWhatResidentsSeeAfterSavingPublishingAndUnpublishing() {
        try (BrowserContext editorBrowser = screen(1280, 900)) {
            Page editor = signIn(editorBrowser, "/redaktion", "communicator");
            Locator status = editor.locator("#article-form .form-status");
            editor.getByLabel("Kategori").selectOption("ELDERLY_CARE");
            editor.getByLabel("Rubrik på svenska").fill("Hur byter jag tid för hemtjänsten?");
            editor.getByLabel("Text på svenska").fill("Ring hemtjänstgruppen senast dagen före.");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Spara").setExact(true)).click();
            assertThat(status).hasText("Utkastet är sparat. Det syns inte för invånarna förrän du publicerar det.");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publicera").setExact(true)).click();
            assertThat(status).hasText("Artikeln är publicerad och syns för invånarna.");
            assertAccessible(editor, "contact-editor-published");
            editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Avpublicera").setExact(true))
                    .click();
            assertThat(status).hasText("Artikeln är avpublicerad och syns inte längre för invånarna.");
        }
    }

    /** The demo's FAQ has a real starting set: "hemtjänst" found nothing among three articles. */
    @Test
    void residentsFindAnswersOnHomeHelpAndWorryAboutAChild() {
        try (BrowserContext phone = screen(390, 844)) {
            Page page = open(phone, "/faq");
            Locator search = page.getByLabel("Sök bland frågor och svar");
            search.fill("hemtjänst");
            assertThat(page.locator("#faq-hits")).containsText("Hur ansöker jag om hemtjänst?");
            search.fill("orosanmälan");
            assertThat(page.locator("#faq-hits")).containsText("Hur gör jag en orosanmälan?");
            search.fill("överklaga beslut");
            assertThat(page.locator("#faq-hits")).containsText("Hur överklagar jag ett beslut?");
            assertAccessible(page, "contact-faq-starting-set");
        }
    }

    @Test
    void aCommunicatorRelatesArticlesFoundByTitleAndResidentsSeeThem() {
        try (BrowserContext editorBrowser = screen(1280, 900)) {
            Page editor = signIn(editorBrowser, "/redaktion", "communicator");
            editor.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Vart vänder jag mig om jag är orolig för ett barn?")).click();
            assertThat(editor.locator("#no-related")).isVisible();
            editor.getByLabel("Sök en artikel att lägga till (titel)").fill("särskilt boende");
            Locator candidate = editor.locator("#related-candidates li")
                    .filter(new Locator.FilterOptions().setHasText("Hur ansöker jag om särskilt boende?"));
            candidate.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Lägg till")).click();
            assertThat(editor.locator("#related-status")).hasText("De relaterade artiklarna är sparade.");
            assertThat(editor.locator("#related-list")).containsText("Hur ansöker jag om särskilt boende?");
            assertThat(editor.locator("#related-candidates")).not().containsText("Hur ansöker jag om särskilt boende?");
            assertAccessible(editor, "contact-editor-related");

            Page page = editorBrowser.newPage();
            page.navigate(Suite.Service.CONTACT_CENTER.url("/faq/0b7e5c1a-1f2d-4a31-9d7e-5a0c3e1f0003"));
            assertThat(page.locator("#related-heading")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Hur ansöker jag om särskilt boende?"))).isVisible();

            editor.locator("#related-list").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Ta bort")).click();
            assertThat(editor.locator("#no-related")).isVisible();
            assertThat(editor.locator("#related-list li")).hasCount(0);
        }
    }

    @Test
    void aResidentAsksAQuestionAndComplainsAndGetsReferences() {
        try (BrowserContext phone = screen(390, 844)) {
            Page page = open(phone, "/kontakt");
            assertAccessible(page, "contact-form");
            assertThat(page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Lämna det här fältet tomt")))
                    .hasCount(0);
            assertThat(page.locator("#website")).hasAttribute("tabindex", "-1");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka")).click();
            assertThat(page.locator("#question-error")).hasText("Skriv din fråga.");
            assertThat(page.locator("#question")).hasAttribute("aria-invalid", "true");
            assertAccessible(page, "contact-form-errors");

            page.getByLabel("Vad gäller frågan?", EXACT).selectOption("FINANCIAL_AID");
            page.getByLabel("Din fråga", EXACT).fill("Hur lång tid tar det att få besked om ekonomiskt bistånd?");
            page.getByLabel("Ditt namn (frivilligt)", EXACT).fill("Test Testsson");
            page.getByLabel("Telefonnummer eller e-postadress").fill("test@example.test");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka")).click();
            assertThat(page.locator("#receipt [data-receipt='reference']")).hasText(CASE_REFERENCE);
            assertThat(page.locator("#receipt [data-receipt='answerBy']")).not().isEmpty();
            assertAccessible(page, "contact-form-receipt");

            page.navigate(Suite.Service.CONTACT_CENTER.url("/synpunkter"));
            assertAccessible(page, "contact-feedback");
            page.getByLabel("Klagomål", EXACT).check();
            page.getByLabel("Vilken verksamhet gäller det?", EXACT).selectOption("ELDERLY");
            page.getByLabel("Dina synpunkter", EXACT).fill("Hemtjänsten kom inte på tisdagen och ingen hörde av sig.");
            page.getByLabel("Jag vill vara anonym").check();
            assertThat(page.locator("#anonymous-notice")).hasText("Du är anonym. Vi kan inte svara dig.");
            assertThat(page.getByLabel("Telefonnummer eller e-postadress")).isHidden();
            Browsers.screenshot(page, "contact-feedback-anonymous");
            page.getByLabel("Jag vill vara anonym").uncheck();
            page.getByLabel("Telefonnummer eller e-postadress").fill("070-000 00 00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka")).click();
            assertThat(page.locator("#receipt [data-receipt='reference']")).hasText(Pattern.compile("SYN-\\d{4}-\\d{6}"));
            assertThat(page.locator("#receipt [data-receipt='acknowledgeBy']")).isVisible();
            assertThat(page.locator("#receipt [data-receipt='answerBy']")).isVisible();
            assertAccessible(page, "contact-feedback-receipt");
        }
    }

    /**
     * A question the contact center stored but whose answer never reached the page is sent again with the same
     * Idempotency-Key and stored once: after a network failure, and after a 503 whose Retry-After the page waits out
     * (the answer of a database that broke off during the commit: the outcome is unknown to the server too). The
     * routes let the first request through to the real service, then lose or replace its answer; the receipt then
     * shows the reference the service gave that first request, not a second question's.
     */
    @Test
    void aQuestionWhoseAnswerIsLostIsStoredOnce() {
        Route.FulfillOptions unavailable = new Route.FulfillOptions().setStatus(503)
                .setHeaders(Map.of("Retry-After", "1", "Content-Type", "application/problem+json"))
                .setBody("{\"title\":\"Service Unavailable\",\"status\":503}");
        assertQuestionStoredOnce("nätverksfel", Route::abort);
        assertQuestionStoredOnce("503", route -> route.fulfill(unavailable));
    }

    private static void assertQuestionStoredOnce(String failure, Consumer<Route> loseTheAnswer) {
        try (BrowserContext phone = screen(390, 844)) {
            Page page = open(phone, "/kontakt");
            List<String> keys = new ArrayList<>();
            List<String> firstReference = new ArrayList<>();
            page.route(url -> url.contains("/api/"), route -> {
                if (!route.request().method().equals("POST")) {
                    route.fallback();
                    return;
                }
                keys.add(route.request().headers().get("idempotency-key"));
                if (keys.size() == 1) {
                    String stored = route.fetch().text();
                    firstReference.add(JsonPath.from(stored).getString("reference"));
                    loseTheAnswer.accept(route);
                } else {
                    route.resume();
                }
            });
            page.getByLabel("Vad gäller frågan?", EXACT).selectOption("FINANCIAL_AID");
            page.getByLabel("Din fråga", EXACT).fill("Får jag svar fast svaret kom bort (" + failure + ")?");
            page.getByLabel("Telefonnummer eller e-postadress").fill("test@example.test");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka")).click();

            assertThat(page.locator("#receipt [data-receipt='reference']")).hasText(CASE_REFERENCE);
            assertThat(firstReference).as("the reference the service gave the first request (%s)", failure)
                    .singleElement().asString().matches(CASE_REFERENCE);
            assertThat(page.locator("#receipt [data-receipt='reference']")).hasText(firstReference.get(0));
            assertThat(keys).as("Idempotency-Key of each request (%s)", failure).hasSize(2).doesNotContainNull()
                    .containsOnly(keys.get(0));
        }
    }

    /**
     * A resident signs in with e-ID on the contact form and asks; the answer an agent sends is under "Mina kontakter"
     * on the resident's phone, and another resident's list does not hold the question.
     */
    @Test
    void aResidentWhoAskedSignedInReadsTheAnswerUnderMinaKontakter() {
        String question = "Kan jag få hjälp att fylla i ansökan om bostadstillägg?";
        String answer = "Ja, ring oss så bokar vi en tid hos en handläggare.";
        try (BrowserContext phone = screen(390, 844)) {
            Page page = open(phone, "/kontakt");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logga in med e-legitimation")).click();
            page.locator("#username").fill("resident");
            page.locator("#password").fill("demo");
            page.locator("#kc-login").click();
            assertThat(page.locator("#resident-sign-in .signed-in")).isVisible();
            assertAccessible(page, "contact-form-signed-in");
            page.getByLabel("Vad gäller frågan?", EXACT).selectOption("FINANCIAL_AID");
            page.getByLabel("Din fråga", EXACT).fill(question);
            page.getByLabel("Telefonnummer eller e-postadress").fill("070-000 00 00");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Skicka")).click();
            Locator receipt = page.locator("#receipt [data-receipt='reference']");
            assertThat(receipt).hasText(CASE_REFERENCE);
            String reference = receipt.textContent();

            String agent = KeycloakTokens.accessTokenOf("agent");
            String id = given().auth().oauth2(agent).queryParam("reference", reference)
                    .get(Suite.Service.CONTACT_CENTER.url("/api/cases")).then().statusCode(200).extract().path("[0].id");
            given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("text", answer))
                    .post(Suite.Service.CONTACT_CENTER.url("/api/cases/" + id + "/answers")).then().statusCode(200);

            page.navigate(Suite.Service.CONTACT_CENTER.url("/mina-kontakter"));
            Locator mine = page.locator("#questions li").filter(new Locator.FilterOptions().setHasText(reference));
            assertThat(mine).containsText(question);
            assertThat(mine.locator(".answer-text")).hasText(answer);
            // Answered: the promise of an answer by a day no longer stands beside it.
            assertThat(mine.locator(".answer-by")).isHidden();
            assertAccessible(page, "my-contacts");
        }
        try (BrowserContext other = screen(390, 844)) {
            Page page = signIn(other, "/mina-kontakter", "resident2");
            assertThat(page.locator("#mine")).isVisible();
            assertThat(page.locator("#questions")).not().containsText(question);
        }
    }

    @Test
    void theFaqAnswersAsOneTypesAndNeverShowsInternalAnswers() {
        try (BrowserContext phone = screen(390, 844)) {
            Page page = open(phone, "/faq");
            assertAccessible(page, "contact-faq");

            page.getByLabel("Sök bland frågor och svar").fill("särskilt boende");
            assertThat(page.locator("#hits-heading")).hasText("Svar som passar din sökning");
            assertThat(page.locator("#faq-hits")).containsText("Hur ansöker jag om särskilt boende?");
            assertThat(page.locator("#faq-hits")).not().containsText("Intern");
            Browsers.screenshot(page, "contact-faq-search");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Hur ansöker jag om särskilt boende?"))
                    .click();
            page.waitForURL("**" + ELDERLY_HOUSING_ARTICLE);
            assertThat(page.locator("h1")).hasText("Hur ansöker jag om särskilt boende?");
            assertThat(page.locator("#vote")).containsText("Hjälpte det här?");
            assertAccessible(page, "contact-faq-article");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja").setExact(true)).click();
            assertThat(page.locator("#vote-status")).hasText("Tack för ditt svar!");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Vilka papper behövs för ekonomiskt bistånd?"))
                    .click();
            assertThat(page.locator("h1")).hasText("Vilka papper behövs för ekonomiskt bistånd?");

            page.navigate(Suite.Service.CONTACT_CENTER.url(ELDERLY_HOUSING_ARTICLE + "?lang=en"));
            assertThat(page.locator("h1")).hasText("How do I apply for special housing?");
            assertThat(page.locator("html")).hasAttribute("lang", "en");

            assertThat(page.navigate(Suite.Service.CONTACT_CENTER.url(INTERNAL_ARTICLE)).status()).isEqualTo(404);
            assertThat(page.locator("h1")).hasText("Svaret finns inte");
        }
    }

    private static BrowserContext screen(int width, int height) {
        BrowserContext context = Browsers.browser()
                .newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        return context;
    }

    private static Page open(BrowserContext context, String path) {
        Page page = context.newPage();
        page.navigate(Suite.Service.CONTACT_CENTER.url(path));
        return page;
    }

    /** Signs in as a demo user (password demo) through the real Keycloak login form the page sends the browser to. */
    private static Page signIn(BrowserContext context, String path, String user) {
        Page page = open(context, path);
        page.locator("#username").fill(user);
        page.locator("#password").fill("demo");
        page.locator("#kc-login").click();
        assertThat(page.locator("#user")).hasText(user);
        return page;
    }

    /** Registers a phone call from a relative about the category; the new case opens beside the form. */
    private static void register(Page agent, String category, String summary) {
        agent.locator("#channel").selectOption("PHONE");
        agent.locator("#category").selectOption(category);
        agent.locator("#targetGroup").selectOption("RELATIVES");
        agent.getByLabel("Vad gäller kontakten?").fill(summary);
        agent.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Registrera kontakt")).click();
        assertThat(agent.locator("#case-status")).hasText("Kontakten är registrerad.");
        assertThat(agent.locator("#case [data-field='summary']")).hasText(summary);
    }
}
