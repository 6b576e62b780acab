package se.socialkontakt.analytics.event;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health says UP or DOWN per check and nothing more: the ingest check's waiting records, the messaging channels'
 * errors and the broker's address stay out of the answer (they are in the log when a check is DOWN).
 */
@QuarkusTest
class HealthOutputTest {
    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @Test
    void eachCheckShowsItsNameAndStatusOnly() {
        List<Map<String, Object>> checks = given().get(health).then().statusCode(200).extract().jsonPath()
                .getList("checks");
        assertThat(checks).extracting(check -> check.get("name")).contains("analytics-ingest");
        assertThat(checks).allSatisfy(check -> assertThat(check).containsOnlyKeys("name", "status"));
        given().get("/q/health").then().statusCode(404);
    }
}
