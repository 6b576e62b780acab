package se.socialkontakt.chat.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class YouthPageTest {
    private static final List<LocalDate> TODAY_AND_TOMORROW = List.of(LocalDate.now(ZoneId.of("Europe/Stockholm")),
            LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(1));

    @AfterEach
    void removeExceptions() {
        String admin = KeycloakTokens.accessTokenOf("admin");
        for (LocalDate day : TODAY_AND_TOMORROW) {
            given().auth().oauth2(admin).delete("/api/hours/exceptions/" + day);
        }
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
        String admin = KeycloakTokens.accessTokenOf("admin");
        for (LocalDate day : TODAY_AND_TOMORROW) {
            given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body("{\"reason\": \"Stängt för utbildning <script>alert(1)</script>\"}")
                    .put("/api/hours/exceptions/" + day).then().statusCode(200);
        }
        given().get("/").then().statusCode(200)
                .body(containsString("Chatten är stängd just nu"))
                .body(containsString("Stängt för utbildning &lt;script&gt;"))
                .body(not(containsString("<script>alert(1)</script>")));
    }

    @Test
    void theEnglishPageIsOneClickAway() {
        given().get("/?lang=en").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("<h1>Youth chat</h1>"))
                .body(containsString("call 112"))
                .body(containsString("href=\"/?lang=sv\""));
    }
}
