package se.socialkontakt.chat.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

@QuarkusTest
class ConsolePageTest {

    @Test
    void thePageLoadsWithoutLoginAndTellsItsScriptWhereToSignIn() {
        given().get("/console").then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("<html lang=\"sv\">"))
                .body(containsString("<h1>Chattkonsol</h1>"))
                .body(containsString("data-auth-server-url=\"http://localhost:8180/realms/socialkontakt\" "
                        + "data-client-id=\"chat-web\""))
                .body(containsString("<script src=\"/webjars/keycloak-js/25.0.4/dist/keycloak.js\" defer></script>"));
    }

    @Test
    void keycloakJsIsServedFromItsWebjarNotACdn() {
        given().get("/webjars/keycloak-js/25.0.4/dist/keycloak.js").then().statusCode(200)
                .body(containsString("function Keycloak"));
    }

    @Test
    void topicsToTagAndTheScriptsTextsComeInTheReadersLanguage() {
        given().get("/console").then().statusCode(200)
                .body(containsString("<label for=\"end-topic-ALCOHOL_DRUGS\">Alkohol och droger</label>"))
                .body(containsString("<data value=\"note\">Intern anteckning – syns inte för den unga</data>"));
        given().get("/console?lang=en").then().statusCode(200)
                .body(containsString("<h1>Chat console</h1>"))
                .body(containsString("<label for=\"end-topic-ALCOHOL_DRUGS\">Alcohol and drugs</label>"))
                .body(containsString("<data value=\"note\">Internal note – not shown to the young person</data>"));
    }
}
