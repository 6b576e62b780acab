package se.socialkontakt.contact.feedback;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** Feedback against the real database: the 2 and 10 working-day promise, anonymity, the committee's summary. */
@QuarkusTest
class FeedbackTest {
    private final String handler = KeycloakTokens.accessTokenOf("handler");

    private static String send(Map<String, Object> feedback) {
        return given().contentType(ContentType.JSON).body(feedback).post("/api/feedback")
                .then().statusCode(201).body("reference", notNullValue()).extract().header("Location")
                .replaceAll(".*/", "");
    }

    @Test
    void aComplaintIsAcknowledgedAndAnsweredWithinThePromiseAndTheSummaryCountsIt() {
        String onTime = send(Map.of("kind", "COMPLAINT", "unit", "ELDERLY", "text", "Hemtjänsten kom inte i tisdags.",
                "anonymous", false, "name", "Test Testsson", "contact", "test@example.test"));
        String late = send(Map.of("kind", "COMPLAINT", "unit", "ELDERLY", "text", "Ingen ringde tillbaka.",
                "anonymous", true));
        QuarkusTransaction.requiringNew().run(() -> Feedback.update("acknowledgeDue = ?1, answerDue = ?1 where id = ?2",
                Instant.now().minusSeconds(60), UUID.fromString(late)));

        given().auth().oauth2(handler).get("/api/feedback?unit=ELDERLY").then().statusCode(200)
                .body("id", hasItem(onTime));
        given().auth().oauth2(handler).post("/api/feedback/{id}/acknowledgement", onTime).then().statusCode(200)
                .body("acknowledgedAt", notNullValue());
        given().auth().oauth2(handler).contentType(ContentType.JSON)
                .body(Map.of("text", "Vi beklagar. Vi har gått igenom planeringen med utföraren."))
                .post("/api/feedback/{id}/answer", onTime).then().statusCode(200);
        given().auth().oauth2(handler).contentType(ContentType.JSON).body(Map.of("text", "Tack."))
                .post("/api/feedback/{id}/answer", late).then().statusCode(200);
        given().auth().oauth2(handler).contentType(ContentType.JSON).body(Map.of("text", "Igen"))
                .post("/api/feedback/{id}/answer", late).then().statusCode(409);

        assertThat(types(onTime)).containsExactly("received", "acknowledged", "answered");
        assertThat(types(late)).containsExactly("received", "acknowledged", "answered");
        // What the handler did answered with what the resident wrote: audited like a read; the refused answer not.
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(onTime)))
                .extracting(entry -> entry.action).containsExactly("ACKNOWLEDGE_FEEDBACK", "ANSWER_FEEDBACK");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(late)))
                .extracting(entry -> entry.action).containsExactly("ANSWER_FEEDBACK");

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Stockholm"));
        String csv = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .queryParam("year", today.getYear()).queryParam("quarter", (today.getMonthValue() - 1) / 3 + 1)
                .get("/api/feedback/summary.csv").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("unit,kind,received,acknowledged_in_time");
        String elderly = lines.stream().filter(l -> l.startsWith("ELDERLY,COMPLAINT,")).findFirst().orElseThrow();
        String[] cells = elderly.split(",");
        long received = Long.parseLong(cells[2]);
        long inTime = Long.parseLong(cells[3]);
        assertThat(received).isGreaterThanOrEqualTo(2);
        assertThat(inTime).isLessThan(received);
        assertThat(csv).doesNotContain("Hemtjänsten").doesNotContain("Testsson");
    }

    @Test
    void anonymousFeedbackCarriesNoWayBackAndSaysSo() {
        given().contentType(ContentType.JSON).body(Map.of("kind", "SUGGESTION", "unit", "ADULTS",
                        "text", "Öppna längre på torsdagar.", "anonymous", true))
                .post("/api/feedback").then().statusCode(201).body("replyPossible", equalTo(false));
        BadInput.expectProblem(given().contentType(ContentType.JSON).body(Map.of("kind", "SUGGESTION", "unit", "ADULTS",
                "text", "x", "anonymous", true, "contact", "a@example.test")).post("/api/feedback"), 400,
                "contact details on anonymous feedback");
        BadInput.expectProblem(given().contentType(ContentType.JSON).body(Map.of("kind", "PRAISE", "unit", "ADULTS",
                "text", "x", "anonymous", false)).post("/api/feedback"), 400, "named feedback without contact");
    }

    @Test
    void whoMaySeeAndDoWhat() {
        String id = send(Map.of("kind", "PRAISE", "unit", "ADDICTION", "text", "Tack för hjälpen!", "anonymous", true));
        given().get("/api/feedback?unit=ADDICTION").then().statusCode(401);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).get("/api/feedback?unit=ADDICTION")
                .then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("resident")).post("/api/feedback/{id}/acknowledgement", id)
                .then().statusCode(403);
        given().auth().oauth2(handler).queryParam("year", 2026).queryParam("quarter", 4)
                .get("/api/feedback/summary.csv").then().statusCode(403);
        BadInput.assertPostRejectsBadInputWithoutChange("/api/feedback", null, () -> Feedback.count());
        BadInput.expectProblem(given().contentType(ContentType.JSON).body(Map.of("kind", "PRAISE", "unit", "ADDICTION",
                "text", "x", "anonymous", true, "website", "http://spam.example")).post("/api/feedback"), 400,
                "a filled honeypot");
        BadInput.expectProblem(given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .queryParam("year", 2026).queryParam("quarter", 5).get("/api/feedback/summary.csv"), 400, "quarter 5");
    }

    private static List<String> types(String id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "aggregateId = ?1 order by createdAt", UUID.fromString(id)).stream()
                .map(row -> row.type.replace("se.socialkontakt.feedback.", "").replace(".v1", "")).toList());
    }
}
