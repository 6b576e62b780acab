package se.socialkontakt.chat.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.hours.HoursFixture;
import se.socialkontakt.chat.hours.HoursService;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class YouthPageTest {
    @Inject
    HoursService hours;

    @AfterEach
    void restoreTheHours() {
        HoursFixture.clear(hours);
    }

    @Test
    void theSwedishPageAlwaysShowsWhereToGetHelp() {
        given().get("/").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("<h1>Ungdomschatten</h1>"))
                .body(containsString("ring 112"))
                .body(containsString("116\u00a0111"))
                .body(containsString("08-465 004 00"))
                .body(containsString("Öppettider"));
    }

    @Test
    void whenClosedThePageSaysSoWithTheReasonEscaped() {
        HoursFixture.closed(hours, "Stängt för utbildning <script>alert(1)</script>");
        given().get("/").then().statusCode(200)
                .body(containsString("Chatten är stängd just nu"))
                .body(containsString("Stängt för utbildning &lt;script&gt;"))
                .body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void whenOpenThePageSaysUntilWhen() {
        HoursFixture.openAllDay(hours);
        given().get("/").then().statusCode(200)
                .body(containsString("Chatten är öppen"))
                .body(containsString("Chatten stänger kl. 00:00"));
    }

    @Test
    void theEnglishPageIsOneClickAway() {
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Youth chat</h1>"))
                .body(containsString("call 112"))
                .body(containsString("href=\"/?lang=sv\""));
    }

    @Test
    void beforeChattingTheYoungPersonLearnsWhatIsStoredAndWhenStaffMustReport() {
        given().get("/").then().statusCode(200)
                .body(containsString("<h2 id=\"before-heading\">Innan du chattar</h2>"))
                .body(containsString("raderas i slutet av dagen då chatten slutade"))
                .body(containsString("inte heller din IP-adress"))
                .body(containsString("anmälningsskyldighet"))
                .body(containsString("<label for=\"age-AGE_13_15\">13–15 år</label>"))
                .body(containsString("<option value=\"SELF_HARM\">Att skada sig själv</option>"));
    }

    @Test
    void withoutJavaScriptThePageSaysTheChatNeedsItAndQuickExitStillLeads() {
        given().get("/").then().statusCode(200)
                .body(containsString("<noscript><p class=\"card notice\">För att chatta behöver du ha JavaScript"))
                .body(containsString("<a id=\"quick-exit\" class=\"quick-exit\" href=\"/neutral.html\" "
                        + "rel=\"noreferrer\">Lämna snabbt</a>"))
                .body(containsString("<script type=\"module\" src=\"/chat/youth.js\"></script>"));
    }

    @Test
    void theScriptGetsItsTextsFromTheBundleInTheReadersLanguage() {
        given().get("/").then().statusCode(200)
                .body(containsString("<data value=\"reconnecting\">Återansluter…</data>"))
                .body(containsString("<data value=\"neutral-title\">Läxhjälp</data>"));
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<data value=\"reconnecting\">Reconnecting…</data>"))
                .body(containsString("<data value=\"neutral-title\">Homework help</data>"))
                .body(containsString(">Leave quickly</a>"))
                .body(containsString(">Start the chat</button>"));
    }

    @Test
    void theScriptsAndTheNeutralPageAreServedFromThisServer() {
        given().get("/chat/youth.js").then().statusCode(200).contentType(containsString("javascript"));
        given().get("/chat/chat.css").then().statusCode(200).contentType(containsString("css"));
        given().get("/neutral.html").then().statusCode(200)
                .body(allOf(containsString("Vädret i dag"), not(containsString("chat")),
                        not(containsString("Social"))));
    }
}
