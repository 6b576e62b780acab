package se.socialkontakt.contact.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The residents' pages render on the server, Swedish first, English on request, with the lists and promises. */
@QuarkusTest
class PublicPagesTest {

    @Test
    void theStartPageIsSwedishWithEnglishOnRequestAndLeadsEverywhere() {
        given().get("/").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("<h1>Kontaktcenter</h1>"))
                .body(containsString("<a href=\"/faq\">Vanliga frågor och svar</a>"))
                .body(containsString("Du får svar inom 1 arbetsdag."))
                .body(containsString("<a href=\"tel:0846500450\">08-465\u00a0004\u00a050</a>"))
                .body(containsString("<dd>Vardagar 8.00\u201316.30</dd>"))
                .body(containsString("<script src=\"/socialkontakt/crisis-banner.js\" defer></script>"));
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<a href=\"/kontakt?lang=en\">Contact us</a>"))
                .body(containsString("You will get an answer within 1 working day."))
                .body(containsString("<dd>Weekdays 8:00\u201316:30</dd>"))
                .body(containsString("<a href=\"/\" lang=\"sv\" hreflang=\"sv\">På svenska</a>"));
    }

    @Test
    void theContactFormOffersTheActiveCategoriesAndHidesItsHoneypotFromEveryone() {
        given().get("/kontakt").then().statusCode(200)
                .body(containsString("<option value=\"FINANCIAL_AID\">Ekonomiskt bistånd</option>"))
                .body(containsString("<div class=\"honeypot\" aria-hidden=\"true\">"))
                .body(containsString("<input type=\"text\" id=\"website\" name=\"website\" tabindex=\"-1\" autocomplete=\"off\">"))
                .body(containsString("data-error=\"Skriv din fråga.\""));
    }

    @Test
    void theFeedbackFormPromisesTheWorkingDaysAndSaysThatAnonymousFeedbackGetsNoReply() {
        given().get("/synpunkter").then().statusCode(200)
                .body(containsString("inom 2 arbetsdagar och svarar inom 10 arbetsdagar"))
                .body(containsString("<label for=\"kind-COMPLAINT\">Klagomål</label>"))
                .body(containsString("<option value=\"ELDERLY\">Äldreomsorg – biståndshandläggning</option>"))
                .body(containsString("Du är anonym. Vi kan inte svara dig."));
        given().get("/synpunkter?lang=en").then().statusCode(200)
                .body(allOf(containsString("<label for=\"kind-PRAISE\">Praise</label>"),
                        containsString("<option value=\"ELDERLY\">Elderly care – needs assessment</option>"),
                        not(containsString("Beröm"))));
    }

    @Test
    void myContactsSignsInWithEIdInSwedishOrEnglishAndTheFormsOfferTheSignIn() {
        given().get("/mina-kontakter").then().statusCode(200)
                .body(containsString("<h1>Mina kontakter</h1>"))
                .body(containsString("data-auth-server-url=\"http://localhost:8180/realms/socialkontakt\""))
                .body(containsString("data-client-id=\"contact-center-web\""))
                .body(containsString("data-status-RESOLVED=\"Avslutad\""))
                .body(containsString("<a href=\"/mina-kontakter\" aria-current=\"page\">Mina kontakter</a>"));
        given().get("/mina-kontakter?lang=en").then().statusCode(200)
                .body(containsString("<h1>My contacts</h1>"))
                .body(containsString("data-status-OPEN=\"We are working on it\""));
        given().get("/kontakt").then().statusCode(200)
                .body(containsString("<button type=\"button\" class=\"secondary small sign-in\">Logga in med e-legitimation</button>"));
        given().get("/synpunkter?lang=en").then().statusCode(200)
                .body(containsString("Log in with e-ID"));
    }
}
