package se.socialkontakt.testsupport;

import io.restassured.RestAssured;

/**
 * Real access tokens for the demo users of the running Keycloak realm, fetched with the password grant of the
 * test-only client {@code socialkontakt-cli}.
 */
public final class KeycloakTokens {
    public static final String REALM_URL = System.getProperty("socialkontakt.keycloak.realm-url",
            "http://localhost:8180/realms/socialkontakt");
    private static final String DEMO_PASSWORD = "demo";

    private KeycloakTokens() {
    }

    /** An access token of the demo user whose user name is the given role, e.g. {@code agent}. */
    public static String accessTokenOf(String demoUser) {
        return RestAssured.given()
                .formParam("grant_type", "password")
                .formParam("client_id", "socialkontakt-cli")
                .formParam("username", demoUser)
                .formParam("password", DEMO_PASSWORD)
                .post(REALM_URL + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }
}
