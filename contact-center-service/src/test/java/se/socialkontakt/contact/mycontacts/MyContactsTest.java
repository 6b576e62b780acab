package se.socialkontakt.contact.mycontacts;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import se.socialkontakt.contact.contactcase.ContactCase;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/**
 * "Mina kontakter" against the real Keycloak: what a resident sends signed in is theirs, answers reach it as they
 * are sent, and another resident sees none of it, not even by its id.
 */
@QuarkusTest
class MyContactsTest {
    private final String resident = KeycloakTokens.accessTokenOf("resident");
    private final String resident2 = KeycloakTokens.accessTokenOf("resident2");
    private final String agent = KeycloakTokens.accessTokenOf("agent");
    private final String handler = KeycloakTokens.accessTokenOf("handler");

    @Test
    void aQuestionSentSignedInShowsItsSentAnswersToTheResidentAndToNoOneElse() {
        UUID id = ask(given().auth().oauth2(resident), "Får jag hjälp med hemtjänst på helger?");
        UUID anonymous = ask(given(), "En fråga utan inloggning");
        ContactCase tied = QuarkusTransaction.requiringNew().call(() -> ContactCase.findById(id));
        assertThat(tied.resident).isEqualTo("191212121212");

        given().auth().oauth2(resident).get("/api/my-contacts").then().statusCode(200)
                .body("questions.id", hasItem(id.toString())).body("questions.id", not(hasItem(anonymous.toString())))
                .body("questions.find { it.id == '%s' }.answers".formatted(id), empty());

        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("text", "Internt: kolla med enheten"))
                .post("/api/cases/{id}/notes", id).then().statusCode(200);
        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("text", "Ja, hemtjänst finns alla dagar."))
                .post("/api/cases/{id}/answers", id).then().statusCode(200)
                .body("firstResponseAt", notNullValue()).body("replyRoute", equalTo("PAGE"));

        given().auth().oauth2(resident).get("/api/my-contacts/questions/{id}", id).then().statusCode(200)
                .body("answers.text", equalTo(List.of("Ja, hemtjänst finns alla dagar.")))
                .body("answers[0].sentAt", notNullValue());

        given().auth().oauth2(resident2).get("/api/my-contacts").then().statusCode(200)
                .body("questions.id", not(hasItem(id.toString())));
        given().auth().oauth2(resident2).get("/api/my-contacts/questions/{id}", id).then().statusCode(404);
        given().auth().oauth2(agent).get("/api/my-contacts").then().statusCode(403);
        given().get("/api/my-contacts").then().statusCode(401);
    }

    @Test
    void feedbackSentSignedInShowsItsAnswerAndAnonymousFeedbackIsNoOnesContact() {
        UUID named = feedback(Map.of("kind", "SUGGESTION", "unit", "ELDERLY", "text", "Fler aktiviteter på boendet.",
                "anonymous", false, "contact", "070-000 00 00"));
        UUID anonymous = feedback(Map.of("kind", "COMPLAINT", "unit", "ELDERLY", "text", "Maten är kall.",
                "anonymous", true));

        given().auth().oauth2(handler).contentType(ContentType.JSON).body(Map.of("text", "Tack, vi tar upp det."))
                .post("/api/feedback/{id}/answer", named).then().statusCode(200)
                .body("replyRoute", equalTo("PAGE")).body("answeredAt", notNullValue());

        given().auth().oauth2(resident).get("/api/my-contacts").then().statusCode(200)
                .body("feedback.id", hasItem(named.toString())).body("feedback.id", not(hasItem(anonymous.toString())))
                .body("feedback.find { it.id == '%s' }.answer.text".formatted(named), equalTo("Tack, vi tar upp det."));
        given().auth().oauth2(resident).get("/api/my-contacts/feedback/{id}", anonymous).then().statusCode(404);
        given().auth().oauth2(resident2).get("/api/my-contacts/feedback/{id}", named).then().statusCode(404);
    }

    private UUID ask(RequestSpecification sender, String question) {
        String reference = sender.contentType(ContentType.JSON)
                .body(Map.of("category", "ELDERLY_CARE", "question", question, "contact", "070-000 00 00"))
                .post("/api/contact-requests").then().statusCode(201).extract().path("reference");
        return QuarkusTransaction.requiringNew().call(() -> ContactCase.<ContactCase>find("reference", reference)
                .singleResult().id);
    }

    private UUID feedback(Map<String, Object> feedback) {
        String location = given().auth().oauth2(resident).contentType(ContentType.JSON).body(feedback)
                .post("/api/feedback").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.replaceAll(".*/", ""));
    }
}
