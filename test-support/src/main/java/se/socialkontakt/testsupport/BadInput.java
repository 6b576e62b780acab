package se.socialkontakt.testsupport;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule for every endpoint that takes a body: bad input gets a 4xx answer in RFC 9457 problem+json and changes
 * nothing. One place states the cases, every endpoint's test runs them.
 */
public final class BadInput {
    public static final String PROBLEM_JSON = "application/problem+json";

    private BadInput() {
    }

    /**
     * Sends malformed JSON, an empty body, an object missing the required fields, a wrong value type, an oversized
     * body and a wrong content type to {@code POST path}, and checks each answer and that {@code state} (e.g. a
     * row count) did not move.
     *
     * @param bearerToken a token allowed to call the endpoint, or null for a public one
     */
    public static void assertPostRejectsBadInputWithoutChange(String path, String bearerToken, LongSupplier state) {
        assertRejectsBadInputWithoutChange(Method.POST, path, bearerToken, state);
    }

    /** The same checks for another method that takes a body, such as PUT. */
    public static void assertRejectsBadInputWithoutChange(Method method, String path, String bearerToken,
            LongSupplier state) {
        long before = state.getAsLong();
        String huge = "{\"padding\":\"" + "x".repeat(200 * 1024) + "\"}";

        expectProblem(send(method, path, bearerToken, ContentType.JSON, "{\"broken\": "), 400, "malformed JSON");
        expectProblem(send(method, path, bearerToken, ContentType.JSON, ""), 400, "empty body");
        expectProblem(send(method, path, bearerToken, ContentType.JSON, "{}"), 400, "missing fields");
        expectProblem(send(method, path, bearerToken, ContentType.JSON, "[1, 2, 3]"), 400, "wrong JSON type");
        expectProblem(send(method, path, bearerToken, ContentType.JSON, huge), 413, "oversized body");
        expectProblem(send(method, path, bearerToken, ContentType.TEXT, "hello"), 415, "wrong content type");

        assertThat(state.getAsLong()).as("state after bad input to %s %s", method, path).isEqualTo(before);
    }

    /** Checks one answer: the status, the problem+json content type, and a status member matching the status. */
    public static void expectProblem(Response response, int status, String what) {
        assertThat(response.statusCode()).as("status for %s; body %s", what, response.asString()).isEqualTo(status);
        assertThat(response.contentType()).as("content type for %s", what).startsWith(PROBLEM_JSON);
        assertThat(response.jsonPath().getInt("status")).as("problem status for %s", what).isEqualTo(status);
    }

    private static Response send(Method method, String path, String bearerToken, ContentType contentType,
            String body) {
        RequestSpecification request = RestAssured.given().contentType(contentType).body(body);
        if (bearerToken != null) {
            request = request.auth().oauth2(bearerToken);
        }
        return request.request(method, path);
    }
}
