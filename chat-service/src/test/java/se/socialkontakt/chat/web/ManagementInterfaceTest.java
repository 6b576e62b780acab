package se.socialkontakt.chat.web;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.URL;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

/**
 * Health, metrics and the API description are answered on the management port only, which deploy/k8s never routes
 * publicly; the public port knows nothing of them.
 */
@QuarkusTest
class ManagementInterfaceTest {
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/openapi", management = true)
    URL openApi;

    @ParameterizedTest
    @ValueSource(strings = { "/q/health", "/q/health/ready", "/q/metrics", "/q/openapi", "/q/swagger-ui" })
    void thePublicPortDoesNotServeThem(String path) {
        given().get(path).then().statusCode(404);
    }

    @Test
    void theManagementPortDoes() {
        given().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
        given().get(metrics).then().statusCode(200).body(containsString("jvm_threads_started_threads"));
        given().get(openApi).then().statusCode(200).body(containsString("/api/conversations"));
    }
}
