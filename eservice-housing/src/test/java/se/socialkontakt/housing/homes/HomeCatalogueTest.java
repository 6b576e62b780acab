package se.socialkontakt.housing.homes;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

/** The public catalogue: filtered by district and specialisation, views counted anonymously, kept by the admin. */
@QuarkusTest
class HomeCatalogueTest {
    private static final String LINDGARDEN = "5d1c2b3a-0000-4000-8000-000000000001";

    @Test
    void anyoneFiltersTheCatalogue() {
        given().queryParam("specialisation", "DEMENTIA").get("/api/homes").then().statusCode(200)
                .body("specialisations", everyItem(hasItem("DEMENTIA"))).body("size()", equalTo(2));
        given().queryParam("district", "centrum").get("/api/homes").then().body("name", equalTo(List.of("Solhemmet")));
        given().queryParam("lang", "en").get("/api/homes/{id}", LINDGARDEN).then().statusCode(200)
                .body("description", equalTo("A small home with 40 apartments in four units, two of them for people with dementia. Garden with raised beds."));
        assertThat(OutboxEvent.count("aggregateId = ?1 and type = ?2", UUID.fromString(LINDGARDEN),
                "se.socialkontakt.housing.catalogue.viewed.v1")).isPositive();
    }

    @Test
    void onlyTheAdminEditsAndAPhotoNeedsItsAlternativeText() {
        Map<String, Object> home = Map.of("name", "Ekbacken", "district", "Östra", "address", "Ekvägen 1",
                "specialisations", List.of("SOMATIC"), "couplesWelcome", true, "phone", "08-465 004 14",
                "descriptionSv", "Nytt boende.", "active", true);
        String admin = KeycloakTokens.accessTokenOf("admin");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("assessor")).contentType(ContentType.JSON).body(home)
                .post("/api/homes").then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(home).post("/api/homes").then().statusCode(201);
        BadInput.expectProblem(given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("name", "Ekbacken", "district", "Östra", "address", "Ekvägen 1", "specialisations",
                        List.of(), "couplesWelcome", true, "phone", "08", "descriptionSv", "x",
                        "photoPath", "/homes/ekbacken.jpg", "active", true)).post("/api/homes"), 400,
                "a photo without alternative text");
        BadInput.assertPostRejectsBadInputWithoutChange("/api/homes", admin, () -> Home.count());
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, "/api/homes/" + LINDGARDEN, admin, () -> Home.count());
    }
}
