package se.socialkontakt.chat.web;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.support.page.KeycloakJs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

/**
 * The page shell from service-support (templates/socialkontakt/page.html) around this service's pages and around
 * service-support's own audit page: one head, one header, in the reader's language.
 */
@QuarkusTest
class PageShellTest {
    @Inject
    KeycloakJs keycloakJs;

    @Test
    void aPublicPageGetsTheShellInSwedishWithoutKeycloak() {
        String page = given().get("/").then().statusCode(200).extract().asString();

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"sv\">")
                .contains("<title>Ungdomschatten – Socialkontakt</title>")
                .contains("<a class=\"skip-link\" href=\"#innehall\">Till innehållet</a>")
                .contains("<main id=\"innehall\">")
                .contains("<p>Socialtjänsten – Socialkontakt</p>")
                .contains("<a href=\"/?lang=en\" lang=\"en\" hreflang=\"en\">In English</a>")
                .containsSubsequence("/socialkontakt/site.css", "/chat/chat.css", "/socialkontakt/crisis-banner.js",
                        "/chat/youth.js")
                .doesNotContain("keycloak.js");
    }

    @Test
    void keycloakJsIsTakenFromTheWebjarOnTheClassPath() {
        assertThat(keycloakJs.path()).matches("/webjars/keycloak-js/\\d+\\.\\d+\\.\\d+/dist/keycloak\\.js");
        given().get(keycloakJs.path()).then().statusCode(200).body(containsString("function Keycloak"));
    }

    @Test
    void aSigningInPageLoadsKeycloakOnceBeforeItsOwnScript() {
        String page = given().get("/console?lang=en").then().statusCode(200).extract().asString();

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<title>Chat console – Socialkontakt</title>")
                .contains("<a class=\"skip-link\" href=\"#innehall\">Skip to content</a>")
                .contains("<a href=\"/console?lang=sv\" lang=\"sv\" hreflang=\"sv\">På svenska</a>")
                .containsSubsequence("/socialkontakt/crisis-banner.js", keycloakScript(), "/chat/console.js");
        assertThat(page.split("keycloak\\.js", -1)).hasSize(2);
    }

    @Test
    void serviceSupportsAuditPageKeepsItsOwnBannerInTheShell() {
        String page = given().get("/loggranskning").then().statusCode(200).extract().asString();

        assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"sv\">")
                .contains("<title>Loggranskning – Socialkontakt – socialtjänstens digitala kontakter</title>")
                .contains("<a class=\"skip-link\" href=\"#innehall\">Hoppa till innehållet</a>")
                .contains("<a href=\"/loggranskning?lang=en\" lang=\"en\" hreflang=\"en\">In English</a>")
                .containsSubsequence("/socialkontakt/audit-log.css", keycloakScript(), "/socialkontakt/audit-log.js")
                .doesNotContain("crisis-banner.js");
        assertThat(page.split("keycloak\\.js", -1)).hasSize(2);
    }

    private String keycloakScript() {
        return "<script src=\"" + keycloakJs.path() + "\" defer></script>";
    }
}
