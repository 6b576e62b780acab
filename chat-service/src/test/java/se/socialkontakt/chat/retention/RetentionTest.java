package se.socialkontakt.chat.retention;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.conversation.ChatMessage;
import se.socialkontakt.chat.conversation.ChatNote;
import se.socialkontakt.chat.conversation.Conversation;
import se.socialkontakt.chat.conversation.ConversationService;
import se.socialkontakt.chat.conversation.Sender;
import se.socialkontakt.events.ChatConversationRequested.AgeBand;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Transcripts are erased when due; a preserved one stays, and every read of it is in the audit log. */
@QuarkusTest
class RetentionTest {
    @Inject
    ConversationService conversations;

    @Inject
    RetentionJob retention;

    @Test
    void aDueTranscriptIsErasedAndAPreservedOneStaysWithItsAuditTrail() {
        UUID erased = endedConversationWithMessages("jag har det jobbigt hemma");
        UUID preserved = endedConversationWithMessages("pappa slår mig");
        String counsellor = KeycloakTokens.accessTokenOf("counsellor");

        given().auth().oauth2(counsellor).contentType(ContentType.JSON)
                .body(Map.of("reason", "Orosanmälan till mottagningsgruppen, dnr SN 2026/123"))
                .post("/api/conversations/{id}/preservation", preserved)
                .then().statusCode(200);
        given().auth().oauth2(counsellor).get("/api/conversations/{id}/transcript", preserved)
                .then().statusCode(200)
                .body("messages", hasSize(1))
                .body("messages[0].text", equalTo("pappa slår mig"));

        makeDue(erased, preserved);
        assertThat(retention.eraseDue()).isGreaterThanOrEqualTo(1);

        assertThat(messagesOf(erased)).isZero();
        assertThat(notesOf(erased)).isZero();
        Conversation gone = find(erased);
        assertThat(gone.erasedAt).isNotNull();
        assertThat(gone.tokenHash).isNull();
        assertThat(gone.fingerprint).isNull();
        given().auth().oauth2(counsellor).get("/api/conversations/{id}/transcript", erased)
                .then().statusCode(404);

        assertThat(messagesOf(preserved)).isEqualTo(1);
        assertThat(find(preserved).erasedAt).isNull();
        given().auth().oauth2(KeycloakTokens.accessTokenOf("supervisor"))
                .get("/api/conversations/{id}/audit", preserved)
                .then().statusCode(200)
                .body("action", equalTo(List.of("PRESERVED", "READ_TRANSCRIPT")))
                .body("actor", equalTo(List.of("counsellor", "counsellor")));
        given().auth().oauth2(counsellor).get("/api/conversations/{id}/audit", preserved).then().statusCode(403);

        // When the preservation ends, the transcript goes too; the audit trail stays.
        QuarkusTransaction.requiringNew().run(() -> Conversation.update(
                "preservedUntil = ?1 where id = ?2", Instant.now().minusSeconds(1), preserved));
        retention.eraseDue();
        assertThat(messagesOf(preserved)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(preserved.toString()).size())).isEqualTo(2);
    }

    @Test
    void preservingNeedsAReasonAndAStaffRole() {
        UUID id = endedConversationWithMessages("hej");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("counsellor")).contentType(ContentType.JSON)
                .body(Map.of("reason", " ")).post("/api/conversations/{id}/preservation", id)
                .then().statusCode(400);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).contentType(ContentType.JSON)
                .body(Map.of("reason", "x")).post("/api/conversations/{id}/preservation", id)
                .then().statusCode(403);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).get("/api/conversations/{id}/transcript", id)
                .then().statusCode(403);
        assertThat(find(id).preservedUntil).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(id.toString()).size())).isZero();
    }

    /** A conversation the demo counsellor held: only those involved may act on its transcript. */
    static UUID endedConversationWithMessages(ConversationService conversations, String text) {
        UUID id = conversations.request(AgeBand.AGE_13_15, null, false, Optional.empty(), Optional.empty()).conversation().id;
        conversations.post(id, Sender.YOUTH, null, UUID.randomUUID(), text);
        conversations.leave(id);
        QuarkusTransaction.requiringNew().run(() -> Conversation.update("counsellor = ?1 where id = ?2", "counsellor",
                id));
        return id;
    }

    private UUID endedConversationWithMessages(String text) {
        return endedConversationWithMessages(conversations, text);
    }

    private static void makeDue(UUID... ids) {
        QuarkusTransaction.requiringNew().run(() -> Conversation.update(
                "eraseAt = ?1 where id in ?2", Instant.now().minusSeconds(1), List.of(ids)));
    }

    private static long messagesOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ChatMessage.after(id, 0).size());
    }

    private static long notesOf(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ChatNote.of(id).size());
    }

    private static Conversation find(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Conversation.findById(id));
    }
}
