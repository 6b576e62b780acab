package se.socialkontakt.contact.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

/** The staff pages load without login and tell their script where to sign in; the login module is served. */
@QuarkusTest
class StaffPagesTest {

    @ParameterizedTest
    @ValueSource(strings = { "/agent", "/handlaggare", "/redaktion" })
    void eachPageTellsItsScriptWhereToSignIn(String path) {
        given().get(path).then().statusCode(200).contentType(ContentType.HTML)
                .body(containsString("data-auth-server-url=\"http://localhost:8180/realms/socialkontakt\" "
                        + "data-client-id=\"contact-center-web\""))
                .body(containsString("<script src=\"/webjars/keycloak-js/25.0.4/dist/keycloak.js\" defer></script>"));
    }

    @Test
    void theAgentConsoleHasItsFormsAndTheLabelsItsScriptShowsInTheReadersLanguage() {
        given().get("/agent").then().statusCode(200)
                .body(containsString("<h1>Agentkonsol</h1>"))
                .body(containsString("<option value=\"FINANCIAL_AID\">Ekonomiskt bistånd</option>"))
                .body(containsString("data-sla-NEAR_BREACH=\"Snart försenat\""))
                .body(containsString("data-rule-ELDERLY_CARE=\"ELDERLY\""));
        given().get("/agent?lang=en").then().statusCode(200)
                .body(containsString("<h1>Agent console</h1>"))
                .body(containsString("data-sla-BREACHED=\"Overdue\""))
                .body(containsString("data-channel-SOCIAL_MEDIA=\"Social media\""));
    }

    @Test
    void keycloakJsAndTheSharedStaffLoginAreServedFromThisServerNotACdn() {
        given().get("/webjars/keycloak-js/25.0.4/dist/keycloak.js").then().statusCode(200)
                .body(containsString("function Keycloak"));
        given().get("/socialkontakt/staff-login.js").then().statusCode(200)
                .body(containsString("pkceMethod: 'S256'"));
    }

    @Test
    void theAgentConsoleLooksUpAnApplicationStatusAndTheEditorRelatesArticles() {
        given().get("/agent").then().statusCode(200)
                .body(containsString("<h2 id=\"application-status-heading\">Status för en ansökan om särskilt boende</h2>"))
                .body(containsString("Uppslaget loggas."))
                .body(containsString("data-next-APPLICANT_SHOULD_ANSWER_REQUEST=\"Handläggaren har bett om mer information."));
        given().get("/agent?lang=en").then().statusCode(200)
                .body(containsString("Status of a special housing application"))
                .body(containsString("The look-up is logged."))
                .body(containsString("data-status-UNDER_INVESTIGATION=\"Under investigation\""));
        given().get("/redaktion").then().statusCode(200)
                .body(containsString("<h3 id=\"related-heading\">Relaterade artiklar</h3>"))
                .body(containsString("data-add-related=\"Lägg till\""));
        given().get("/redaktion?lang=en").then().statusCode(200)
                .body(containsString("<label for=\"related-search\">Find an article to add (title)</label>"));
    }
}
