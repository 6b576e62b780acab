package se.socialkontakt.chat.web;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

/** The policy comes from service-support; this is where it is seen on a service's real responses. */
@QuarkusTest
class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = { "/", "/console", "/chat/chat.css", "/api/risk-terms", "/api/no-such-thing" })
    void pagesApiAnswersFilesAndErrorsCarryTheStrictPolicy(String path) {
        headersOf(path)
                .header("Content-Security-Policy", equalTo("default-src 'self'; script-src 'self'; "
                        + "style-src 'self'; img-src 'self' data:; connect-src 'self' http://localhost:8180; "
                        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'"));
    }

    private static ValidatableResponse headersOf(String path) {
        return given().get(path).then()
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .header("X-Frame-Options", equalTo("DENY"));
    }
}
