package se.socialkontakt.housing.assessor;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import se.socialkontakt.housing.application.ApplicationFixture;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * The assessor's console offers only what an application's state allows (it offered "moved in" before any decision
 * and an appeal outcome with no appeal, each then refused), finds applications by reference, personal identity number
 * or name (audited), and lists finished cases apart.
 */
@QuarkusTest
class AssessorConsoleTest {
    private final String resident = KeycloakTokens.accessTokenOf("resident");
    private final String assessor = KeycloakTokens.accessTokenOf("assessor");

    @Test
    void eachStateOffersOnlyTheActionsItAllows() {
        String id = ApplicationFixture.submitted(resident);
        assertThat(actions(id)).containsExactlyInAnyOrder("ASSIGN", "REQUEST_INFORMATION", "DECIDE", "CLOSE");
        post(id, "moved-in").statusCode(409);
        given().auth().oauth2(assessor).contentType(ContentType.JSON).body(Map.of("outcome", "UPHELD"))
                .post("/api/assessor/applications/{id}/appeal-outcome", id).then().statusCode(409);

        given().auth().oauth2(assessor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REFUSED", "text", "Behoven kan tillgodoses i hemmet."))
                .post("/api/assessor/applications/{id}/decision", id).then().statusCode(200);
        assertThat(actions(id)).containsExactlyInAnyOrder("ASSIGN", "CLOSE");
        post(id, "offer").statusCode(409);

        given().auth().oauth2(resident).contentType(ContentType.JSON).body(Map.of("text", "Jag överklagar."))
                .post("/api/applications/{id}/appeal", id).then().statusCode(200);
        assertThat(actions(id)).containsExactlyInAnyOrder("ASSIGN", "APPEAL_OUTCOME", "CLOSE");
        given().auth().oauth2(assessor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "GRANTED", "text", "Ett nytt beslut.")).post("/api/assessor/applications/{id}/decision", id)
                .then().statusCode(409);

        String granted = ApplicationFixture.submitted(resident);
        given().auth().oauth2(assessor).contentType(ContentType.JSON)
                .body(Map.of("outcome", "GRANTED", "text", "Beviljas.")).post("/api/assessor/applications/{id}/decision", granted)
                .then().statusCode(200);
        assertThat(actions(granted)).containsExactlyInAnyOrder("ASSIGN", "OFFER", "CLOSE");
        post(granted, "offer").statusCode(200);
        assertThat(actions(granted)).containsExactlyInAnyOrder("ASSIGN", "MOVED_IN", "CLOSE");
        post(granted, "moved-in").statusCode(200);
        assertThat(actions(granted)).isEmpty();
        // Each act answered with the whole application: each is audited like a read.
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(granted)))
                .extracting(entry -> entry.action)
                .contains("DECIDE_APPLICATION", "OFFER_PLACE", "RECORD_MOVED_IN");
    }

    /** "Tilldela mig" stayed on a case its assessor had already taken; another assessor may still take it over. */
    @Test
    void aCaseAlreadyAssignedToTheAssessorIsNotOfferedToThemAgain() {
        String id = ApplicationFixture.submitted(resident);
        post(id, "assignment").statusCode(200);
        assertThat(actions(id)).containsExactlyInAnyOrder("REQUEST_INFORMATION", "DECIDE", "CLOSE");
    }

    @Test
    void finishedCasesLeaveTheInboxForTheirOwnList() {
        String done = ApplicationFixture.submitted(resident);
        post(done, "closure").statusCode(200);
        String open = ApplicationFixture.submitted(resident);

        given().auth().oauth2(assessor).get("/api/assessor/applications").then().statusCode(200)
                .body("id", hasItem(open)).body("id", not(hasItem(done)));
        given().auth().oauth2(assessor).queryParam("finished", true).get("/api/assessor/applications").then()
                .statusCode(200).body("id", hasItem(done)).body("id", not(hasItem(open)))
                .body("concerns", not(hasItem("Tolvan Tolvansson")));
    }

    @Test
    void anAssessorFindsAnApplicationByReferenceNumberOrNameAndEverySearchIsAudited() {
        String id = ApplicationFixture.submitted(resident);
        String reference = given().auth().oauth2(assessor).get("/api/assessor/applications/{id}", id).then()
                .statusCode(200).extract().path("application.summary.reference");

        assertThat(search(reference.toLowerCase())).containsExactly(id);
        assertThat(search("19121212-1212")).contains(id);
        assertThat(search("tolvan tolv")).contains(id);
        given().auth().oauth2(assessor).queryParam("q", "Ingen Sådan Person").get("/api/assessor/applications")
                .then().statusCode(200).body("$", empty());

        List<String> audited = QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list(
                "action = ?1", "SEARCH_APPLICATIONS").stream().map(e -> e.subject + " " + e.detail).toList());
        assertThat(audited).contains(reference + " REFERENCE, 1 found")
                .anyMatch(entry -> entry.startsWith("191212121212 IDENTITY_NUMBER, "))
                .anyMatch(entry -> entry.startsWith("tolvan tolv NAME, "));
        given().auth().oauth2(resident).queryParam("q", reference).get("/api/assessor/applications").then()
                .statusCode(403);
    }

    private List<String> actions(String id) {
        return given().auth().oauth2(assessor).get("/api/assessor/applications/{id}", id).then().statusCode(200)
                .extract().jsonPath().getList("actions", String.class);
    }

    private ValidatableResponse post(String id, String action) {
        return given().auth().oauth2(assessor).post("/api/assessor/applications/{id}/" + action, id).then();
    }

    private List<String> search(String words) {
        JsonPath found = given().auth().oauth2(assessor).queryParam("q", words).get("/api/assessor/applications")
                .then().statusCode(200).extract().jsonPath();
        return found.getList("id", String.class);
    }
}
