package se.socialkontakt.systemtest;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static io.restassured.RestAssured.given;

/**
 * A crisis message published in the contact center shows on the resident pages of chat-service and eservice-housing
 * within 5 seconds, and is gone from them after it is withdrawn.
 */
@ExtendWith({Suite.class, Browsers.class})
class CrisisMessageIT {
    private static final LocatorAssertions.ContainsTextOptions WITHIN_5_SECONDS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000);

    @Test
    void aCrisisMessageReachesEveryResidentPageAndGoesWhenWithdrawn() {
        try (BrowserContext context = Browsers.browser().newContext()) {
            Page chat = context.newPage();
            chat.navigate(Suite.Service.CHAT.url("/"));
            Page housing = context.newPage();
            housing.navigate(Suite.Service.HOUSING.url("/"));
            String text = "Telefonerna ligger nere i dag " + Instant.now().getEpochSecond() + ". Använd e-tjänsterna.";

            String communicator = KeycloakTokens.accessTokenOf("communicator");
            String id = given().auth().oauth2(communicator).contentType(ContentType.JSON)
                    .body(Map.of("textSv", text, "validUntil", Instant.now().plus(Duration.ofHours(1)).toString()))
                    .post(Suite.Service.CONTACT_CENTER.url("/api/crisis-messages")).then().statusCode(201)
                    .extract().path("id");

            for (Page page : List.of(chat, housing)) {
                assertThat(page.locator(".crisis-banner")).containsText(text, WITHIN_5_SECONDS);
            }
            Browsers.screenshot(chat, "crisis-banner-chat");

            given().auth().oauth2(communicator)
                    .post(Suite.Service.CONTACT_CENTER.url("/api/crisis-messages/" + id + "/withdrawal"))
                    .then().statusCode(200);
            for (Page page : List.of(chat, housing)) {
                assertThat(page.locator(".crisis-banner")).not().containsText(text, WITHIN_5_SECONDS);
            }
        }
    }
}
