package se.socialkontakt.systemtest;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static se.socialkontakt.systemtest.Browsers.assertAccessible;

/**
 * The youth chat's pages in a real browser: a young person on a phone and a counsellor in the console (signed in
 * through Keycloak's own login form) hold a conversation; quick exit leaves nothing behind; axe-core finds no WCAG 2.1
 * A/AA violation in any state. Screenshots of every state land in target/screenshots.
 */
@ExtendWith({Suite.class, Browsers.class})
class ChatPagesIT {
    private static final String CONVERSATION_KEY = "socialkontakt.chat.conversation";

    /** The youth page offers a chat only while a counsellor has a free place: the suite's counsellor on duty. */
    @BeforeEach
    void aCounsellorIsOnDuty() {
        Suite.keepCounsellorOnDuty();
    }

    @Test
    void aYoungPersonAndACounsellorHoldAConversation() {
        try (BrowserContext youthBrowser = phone(); BrowserContext staffBrowser = tablet()) {
            Page console = signInToTheConsole(staffBrowser, "counsellor2");
            Page youth = youthBrowser.newPage();
            youth.navigate(Suite.Service.CHAT.url("/"));
            Locator start = youth.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta chatten"));
            assertThat(start).isVisible();
            assertAccessible(youth, "chat-youth-open");

            youth.getByLabel("13–15 år").check();
            youth.getByLabel("Vad vill du prata om? (frivilligt)").selectOption("SCHOOL");
            start.click();
            assertThat(youth.locator("#queue")).containsText("Du står i kön");
            assertThat(youth.locator("#queue-position")).hasText(Pattern.compile("\\d+"));
            write(youth, "#message-text", "Hej, jag vill prata om skolan");
            assertThat(youth.locator("#messages .pending")).hasCount(0);
            Browsers.screenshot(youth, "chat-youth-queue");

            // The suite's counsellor on duty takes nothing: this counsellor picks this conversation from the queue.
            String id = (String) youth.evaluate("key => JSON.parse(sessionStorage.getItem(key)).id", CONVERSATION_KEY);
            console.locator("#queue-list li[data-conversation-id='" + id + "'] button.take").click();
            Locator panel = console.locator("#panels .conversation:not([hidden])");
            assertThat(panel.locator(".messages")).containsText("Hej, jag vill prata om skolan");
            assertThat(panel.locator(".topic")).hasText("Skolan");
            assertThat(youth.locator("#messages")).containsText("En kurator har svarat");

            write(console, "#panels .conversation:not([hidden]) .composer textarea", "Hej! Vad har hänt i skolan?");
            assertThat(youth.locator("#messages")).containsText("Hej! Vad har hänt i skolan?");
            write(youth, "#message-text", "Några i klassen retar mig");
            assertThat(panel.locator(".messages")).containsText("Några i klassen retar mig");
            panel.getByLabel("Intern anteckning").fill("Följ upp mobbning");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Spara anteckning")).click();
            assertThat(panel.locator(".messages .note")).containsText("Intern anteckning – syns inte för den unga");
            assertThat(youth.locator("#messages")).not().containsText("Följ upp mobbning");
            assertAccessible(youth, "chat-youth-chatting");
            assertAccessible(console, "chat-console-conversation");

            panel.getByLabel("Skolan").check();
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avsluta samtalet")).click();
            assertThat(youth.locator("#after")).containsText("Kuratorn avslutade chatten.");
            assertThat(youth.locator("#after")).containsText("Hjälpte det här?");
            assertThat(panel.locator(".messages")).containsText("Samtalet är avslutat.");
            assertThat(panel.locator(".end-status")).hasText("Ämnena är sparade.");
            Browsers.screenshot(youth, "chat-youth-ended");
            Browsers.screenshot(console, "chat-console-ended");

            youth.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja").setExact(true)).click();
            assertThat(youth.locator("#thanks")).hasText("Tack för ditt svar!");
            assertThat(youth.locator("#erased")).hasText("Chatten är avslutad och raderad från den här enheten.");
            assertThat(youth.locator("#messages li")).hasCount(0);
            assertThat(youth.evaluate("sessionStorage.length")).isEqualTo(0);
            Browsers.screenshot(youth, "chat-youth-erased");
        }
    }

    @Test
    void aRealHighRiskChatIsFlaggedAndNotMarkedAsPractice() {
        try (BrowserContext youthBrowser = phone(); BrowserContext staffBrowser = tablet()) {
            Page console = signInToTheConsole(staffBrowser, "counsellor2");
            String id = startChatting(youthBrowser.newPage(), "Jag vill inte leva längre");
            Locator entry = console.locator("#queue-list li[data-conversation-id='" + id + "']");
            assertThat(entry.locator(".badge.risk")).hasText("Hög risk");
            assertThat(entry.locator(".badge.practice")).isHidden();
            assertAccessible(console, "chat-console-queue-high-risk");

            Locator panel = take(console, id);
            assertThat(panel.locator(".badge.risk")).hasText("Hög risk");
            assertThat(panel.locator(".badge.practice")).isHidden();
            assertAccessible(console, "chat-console-conversation-high-risk");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Avsluta samtalet")).click();
            assertThat(panel.locator(".messages")).containsText("Samtalet är avslutat.");
        }
    }

    @Test
    void aCounsellorWhoClosedTheBrowserGetsTheConversationBackAndSeesTheYoungPersonLeave() {
        try (BrowserContext youthBrowser = phone()) {
            Page youth = youthBrowser.newPage();
            try (BrowserContext closedBrowser = tablet()) {
                Page console = signInToTheConsole(closedBrowser, "counsellor2");
                take(console, startChatting(youth, "Är du kvar?"));
                assertThat(youth.locator("#messages")).containsText("En kurator har svarat");
            }

            try (BrowserContext staffBrowser = tablet()) {
                Page console = signInToTheConsole(staffBrowser, "counsellor2");
                Locator panel = console.locator("#panels .conversation:not([hidden])");
                assertThat(panel.locator(".messages")).containsText("Är du kvar?");
                assertThat(console.locator("#no-conversations")).isHidden();
                Browsers.screenshot(console, "chat-console-held-after-new-login");

                youth.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lämna snabbt")).click();
                youth.waitForURL("**/neutral.html");
                assertThat(panel.locator(".messages")).containsText("Den unga har lämnat samtalet.");
                assertAccessible(console, "chat-console-youth-left");
            }
        }
    }

    @Test
    void aBlockKeepsOutOneBrowserNotTheSchoolAndASupervisorLiftsIt() {
        try (BrowserContext abusiveBrowser = phone(); BrowserContext classmateBrowser = phone();
                BrowserContext staffBrowser = tablet(); BrowserContext supervisorBrowser = tablet()) {
            Page console = signInToTheConsole(staffBrowser, "counsellor2");
            Page abusive = abusiveBrowser.newPage();
            Locator panel = take(console, startChatting(abusive, "Ni är värdelösa allihop"));
            panel.getByText("Fler åtgärder").click();
            assertThat(panel.locator(".block-form")).containsText("Andra på samma skola eller mobilnät påverkas inte");
            assertThat(panel.getByLabel("Blockera adressen i stället", new Locator.GetByLabelOptions()
                    .setExact(false))).isHidden();
            panel.getByLabel("Skäl att blockera").fill("Hot mot kuratorn");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Blockera deltagaren")).click();
            assertThat(panel.locator(".action-status")).containsText("Deltagaren är blockerad till");
            assertAccessible(console, "chat-console-blocked");

            // The same browser (a new tab of it) is refused; a classmate on the same network (the same address
            // here) is not.
            Page again = abusiveBrowser.newPage();
            again.navigate(Suite.Service.CHAT.url("/"));
            again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta chatten")).click();
            assertThat(again.locator("#start-error")).hasText("Du kan inte använda chatten just nu.");
            Page classmate = classmateBrowser.newPage();
            classmate.navigate(Suite.Service.CHAT.url("/"));
            classmate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta chatten")).click();
            assertThat(classmate.locator("#queue")).containsText("Du står i kön");
            classmate.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna kön")).click();

            Page supervisor = signInToTheConsole(supervisorBrowser, "supervisor");
            Locator block = supervisor.locator("#block-list li").filter(new Locator.FilterOptions()
                    .setHasText("Hot mot kuratorn"));
            assertThat(block).containsText("Webbläsaren");
            assertAccessible(supervisor, "chat-console-blocks");
            block.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Häv blockeringen")).click();
            assertThat(supervisor.locator("#blocks-status")).hasText("Blockeringen är hävd.");
            assertThat(block).hasCount(0);
            again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta chatten")).click();
            assertThat(again.locator("#queue")).containsText("Du står i kön");
            again.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lämna kön")).click();
        }
    }

    @Test
    void quickExitLeavesNoChatDataBehind() {
        try (BrowserContext youthBrowser = phone()) {
            Page youth = youthBrowser.newPage();
            youth.navigate(Suite.Service.CHAT.url("/"));
            youth.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta chatten")).click();
            write(youth, "#message-text", "Det här ska ingen se");
            assertThat(youth.locator("#messages .pending")).hasCount(0);
            youth.getByLabel("Visa neutral fliktitel").check();
            assertThat(youth).hasTitle("Läxhjälp");

            youth.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Lämna snabbt")).click();
            youth.waitForURL("**/neutral.html");
            assertThat(youth.locator("h1")).hasText("Vädret i dag");
            assertThat(youth.evaluate("sessionStorage.length + localStorage.length")).isEqualTo(0);
            assertThat(youthBrowser.cookies(Suite.Service.CHAT.url("/"))).isEmpty();
            Browsers.screenshot(youth, "chat-neutral");
            youth.goBack();
            assertThat(youth.url()).doesNotStartWith(Suite.Service.CHAT.url("/"));

            // Esc twice does the same, in English too.
            youth.navigate(Suite.Service.CHAT.url("/?lang=en"));
            assertThat(youth.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Leave quickly")))
                    .isVisible();
            youth.keyboard().press("Escape");
            youth.keyboard().press("Escape");
            youth.waitForURL("**/neutral.html");
        }
    }

    @Test
    void theClosedPageOffersNoChatButTheHelpThatIsAlwaysThere() {
        String today = LocalDate.now(ZoneId.of("Europe/Stockholm")).toString();
        given().auth().oauth2(KeycloakTokens.accessTokenOf("admin")).contentType(ContentType.JSON)
                .body("{\"reason\": \"Stängt för planeringsdag\"}")
                .put(Suite.Service.CHAT.url("/api/hours/exceptions/" + today)).then().statusCode(200);
        try (BrowserContext youthBrowser = phone()) {
            Page youth = youthBrowser.newPage();
            youth.navigate(Suite.Service.CHAT.url("/"));
            assertThat(youth.locator("#status-heading")).hasText("Chatten är stängd just nu");
            assertThat(youth.locator(".status")).containsText("Stängt för planeringsdag");
            assertThat(youth.locator("#chat")).isVisible();
            assertThat(youth.locator("#start")).isHidden();
            assertThat(youth.locator("#emergency")).containsText("112");
            assertAccessible(youth, "chat-youth-closed");
        } finally {
            Suite.openTheChatAllDay();
        }
    }

    private static BrowserContext phone() {
        return screen(390, 844);
    }

    private static BrowserContext tablet() {
        return screen(1024, 900);
    }

    private static BrowserContext screen(int width, int height) {
        BrowserContext context = Browsers.browser().newContext(
                new Browser.NewContextOptions().setViewportSize(width, height));
        context.setDefaultTimeout(15_000);
        return context;
    }

    /** Signs in as a demo user (password demo) through the real Keycloak login form. */
    private static Page signInToTheConsole(BrowserContext context, String user) {
        Page console = context.newPage();
        console.navigate(Suite.Service.CHAT.url("/console"));
        console.locator("#username").fill(user);
        console.locator("#password").fill("demo");
        console.locator("#kc-login").click();
        assertThat(console.locator("#connection")).hasText("Ansluten");
        assertThat(console.locator("#user")).hasText(user);
        return console;
    }

    /** The young person starts a chat on the youth page and writes a first message; answers the conversation's id. */
    private static String startChatting(Page youth, String firstMessage) {
        youth.navigate(Suite.Service.CHAT.url("/"));
        youth.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Starta chatten")).click();
        write(youth, "#message-text", firstMessage);
        assertThat(youth.locator("#messages .pending")).hasCount(0);
        return (String) youth.evaluate("key => JSON.parse(sessionStorage.getItem(key)).id", CONVERSATION_KEY);
    }

    /** The counsellor takes this conversation from the queue and answers its panel. */
    private static Locator take(Page console, String conversationId) {
        console.locator("#queue-list li[data-conversation-id='" + conversationId + "'] button.take").click();
        return console.locator("#panels .conversation:not([hidden])");
    }

    private static void write(Page page, String box, String text) {
        page.locator(box).fill(text);
        page.locator(box).press("Enter");
    }
}
