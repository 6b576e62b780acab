package se.socialkontakt.contact.unavailable;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.BadInput;

import java.net.URL;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * While PostgreSQL cannot be reached a request is told to come back (503 with Retry-After, problem+json), not answered
 * as a bug (issue #13); a bug still answers 500. The service runs against a real address where no database listens, so
 * the driver, Agroal and Hibernate fail as they do when the fault harness stops PostgreSQL.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.NoDatabase.class)
class DatabaseUnavailableTest {
    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    public static class NoDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:postgresql://localhost:1/sk_contactcenter_test",
                    "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.flyway.clean-at-start", "false",
                    // Nothing in the background that needs the database: only the requests of the test do.
                    "quarkus.scheduler.enabled", "false",
                    "mp.messaging.incoming.housing-events.enabled", "false");
        }
    }

    /** An endpoint with an ordinary bug, which has nothing to do with the database. */
    @Path("/test/bug")
    @PermitAll
    @Produces(MediaType.APPLICATION_JSON)
    public static class Bug {
        @GET
        public String fail() {
            throw new IllegalStateException("an ordinary bug");
        }
    }

    @Test
    void aReadThatNeedsTheDatabaseIsToldToComeBack() {
        expectUnavailable(given().accept(ContentType.JSON).get("/api/faq"), "/api/faq");
    }

    @Test
    void aWriteThatNeedsTheDatabaseIsToldToComeBack() {
        String path = "/api/faq/" + UUID.randomUUID() + "/votes";
        expectUnavailable(given().contentType(ContentType.JSON).body(Map.of("helpful", true)).post(path), path);
    }

    @Test
    void theApiDescriptionListsTheAnswerAndWhenToRetry() {
        Map<String, Object> unavailable = given().queryParam("format", "json").get(openApi).then().statusCode(200)
                .extract().jsonPath().getMap("paths.'/api/faq'.get.responses.'503'");
        assertThat((String) unavailable.get("description")).contains("Retry-After").contains("Idempotency-Key");
        assertThat(unavailable.get("headers")).asInstanceOf(InstanceOfAssertFactories.MAP).containsKey("Retry-After");
    }

    @Test
    void aBugStillAnswersAnInternalError() {
        Response response = given().accept(ContentType.JSON).get("/test/bug");
        BadInput.expectProblem(response, 500, "a bug");
        assertThat(response.jsonPath().getString("title")).isEqualTo("Internal Server Error");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("/test/bug");
        assertThat(response.header("Retry-After")).isNull();
    }

    private static void expectUnavailable(Response response, String path) {
        BadInput.expectProblem(response, 503, path + " without its database");
        assertThat(response.header("Retry-After")).isEqualTo("5");
        assertThat(response.jsonPath().getString("title")).isEqualTo("Service Unavailable");
        assertThat(response.jsonPath().getString("instance")).isEqualTo(path);
    }
}
