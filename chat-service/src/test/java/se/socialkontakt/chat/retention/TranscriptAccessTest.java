package se.socialkontakt.chat.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.conversation.ConversationService;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Object-level access to a conversation: another counsellor can neither read, preserve nor block a conversation they
 * never held (404, as if it did not exist), and every attempt is audited; a supervisor reads a transcript only once
 * it is preserved, or after joining.
 */
@QuarkusTest
class TranscriptAccessTest {
    @Inject
    ConversationService conversations;

    @Test
    void onlyThoseInvolvedActOnAConversationAndEveryAttemptIsAudited() {
        UUID id = RetentionTest.endedConversationWithMessages(conversations, "jag vågar inte gå hem");
        String other = KeycloakTokens.accessTokenOf("counsellor2");
        String holder = KeycloakTokens.accessTokenOf("counsellor");
        String supervisor = KeycloakTokens.accessTokenOf("supervisor");

        given().auth().oauth2(other).get("/api/conversations/{id}/transcript", id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("reason", "nyfiken"))
                .post("/api/conversations/{id}/preservation", id).then().statusCode(404);
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("hours", 1, "reason", "test"))
                .post("/api/conversations/{id}/block", id).then().statusCode(404);
        given().auth().oauth2(supervisor).get("/api/conversations/{id}/transcript", id).then().statusCode(404);

        given().auth().oauth2(holder).get("/api/conversations/{id}/transcript", id).then().statusCode(200)
                .body("messages[0].text", equalTo("jag vågar inte gå hem"));
        given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(Map.of("reason", "Orosanmälan, dnr SN 2026/200"))
                .post("/api/conversations/{id}/preservation", id).then().statusCode(200);
        given().auth().oauth2(supervisor).get("/api/conversations/{id}/transcript", id).then().statusCode(200);
        given().auth().oauth2(other).get("/api/conversations/{id}/transcript", id).then().statusCode(404);

        List<AuditEntry> trail = QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(id.toString()));
        assertThat(trail).extracting(e -> e.actor + " " + e.action).containsExactly(
                "counsellor2 READ_TRANSCRIPT_REFUSED", "counsellor2 PRESERVE_REFUSED", "counsellor2 BLOCK_REFUSED",
                "supervisor READ_TRANSCRIPT_REFUSED", "counsellor READ_TRANSCRIPT", "supervisor PRESERVED",
                "supervisor READ_TRANSCRIPT", "counsellor2 READ_TRANSCRIPT_REFUSED");
    }
}
