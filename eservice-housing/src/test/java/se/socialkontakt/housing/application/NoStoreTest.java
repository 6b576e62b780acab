package se.socialkontakt.housing.application;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import se.socialkontakt.testsupport.KeycloakTokens;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

/** Answers with personal data are kept from every cache; the public pages may be cached as before. */
@QuarkusTest
class NoStoreTest {

    @Test
    void answersToSignedInRequestsAreNotStored() {
        String resident = KeycloakTokens.accessTokenOf("resident");
        given().auth().oauth2(resident).get("/api/applications").then().statusCode(200)
                .header("Cache-Control", equalTo("no-store"));
        given().auth().oauth2(resident).get("/api/applications/{id}", java.util.UUID.randomUUID()).then()
                .statusCode(404).header("Cache-Control", equalTo("no-store"));
        given().get("/").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }
}
