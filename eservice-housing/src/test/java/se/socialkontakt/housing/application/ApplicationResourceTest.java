package se.socialkontakt.housing.application;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.HousingApplicationStarted;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Against the real Keycloak realm: the resident demo user logs in and carries a personal identity number. */
@QuarkusTest
class ApplicationResourceTest {
    private static String resident;

    @BeforeAll
    static void logIn() {
        resident = KeycloakTokens.accessTokenOf("resident");
    }

    @Test
    void aResidentStartsAnApplicationAndAnEventWithoutPersonalDataIsRecorded() {
        String id = given().auth().oauth2(resident).contentType(ContentType.JSON)
                .body("{\"applicantRole\": \"ON_BEHALF\"}")
                .post("/api/applications")
                .then().statusCode(201).body("status", equalTo("DRAFT"))
                .extract().path("id");

        given().auth().oauth2(resident).get("/api/applications/" + id)
                .then().statusCode(200).body("applicantRole", equalTo("ON_BEHALF"));

        Application stored = Application.findById(UUID.fromString(id));
        assertThat(stored.submitterIdentityNumber).isEqualTo("191212121212");
        OutboxEvent row = OutboxEvent.find("aggregateId", stored.id).singleResult();
        assertThat(row.payload).doesNotContain("191212121212");
        CloudEvent event = EventEnvelope.read(row.payload.getBytes(StandardCharsets.UTF_8));
        assertThat(EventEnvelope.data(event, HousingApplicationStarted.class).channel())
                .isEqualTo(HousingApplicationStarted.Channel.DIGITAL);
    }

    @Test
    void aResidentCannotSeeSomeoneElsesApplication() {
        UUID othersId = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Application other = new Application();
            other.id = othersId;
            other.status = Application.Status.DRAFT;
            other.applicantRole = HousingApplicationStarted.ApplicantRole.SELF;
            // A test number from Skatteverket's published test personal identity numbers.
            other.submitterIdentityNumber = "201701012393";
            other.startedAt = Instant.now();
            other.persist();
        });
        BadInput.expectProblem(given().auth().oauth2(resident).get("/api/applications/" + othersId), 404,
                "another resident's application");
    }

    @Test
    void staffAndAnonymousCallersCannotStartApplications() {
        given().contentType(ContentType.JSON).body("{\"applicantRole\": \"SELF\"}")
                .post("/api/applications").then().statusCode(401);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("assessor")).contentType(ContentType.JSON)
                .body("{\"applicantRole\": \"SELF\"}")
                .post("/api/applications").then().statusCode(403);
    }

    @Test
    void badInputIsRefusedWithAProblemAndStartsNothing() {
        BadInput.assertPostRejectsBadInputWithoutChange("/api/applications", resident, () -> Application.count());
        BadInput.expectProblem(given().auth().oauth2(resident).get("/api/applications/not-a-uuid"), 404,
                "malformed id");
    }
}
