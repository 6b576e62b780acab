package se.socialkontakt.chat.conversation;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.canned.CannedResponse;
import se.socialkontakt.chat.risk.RiskTerm;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KeycloakTokens;

import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import se.socialkontakt.chat.hours.HoursFixture;
import se.socialkontakt.chat.hours.HoursService;
import se.socialkontakt.chat.queue.PresenceFixture;
import se.socialkontakt.testsupport.ChatSocket;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

/** The staff REST API around the chat: canned responses, risk lists, blocking; roles and bad input. */
@QuarkusTest
class StaffApiTest {
    @TestHTTPResource("/")
    URI base;

    @Inject
    HoursService hours;

    @Test
    void counsellorsReadTheCannedResponsesAndSupervisorsReplaceThem() {
        String supervisor = KeycloakTokens.accessTokenOf("supervisor");
        List<?> original = given().auth().oauth2(supervisor).get("/api/canned-responses")
                .then().statusCode(200).body("size()", greaterThan(3)).extract().as(List.class);
        try {
            given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                    .body(List.of(Map.of("category", "GREETING", "title", "Hej", "body", "Hej och välkommen!")))
                    .put("/api/canned-responses").then().statusCode(200).body("[0].title", equalTo("Hej"));
            given().auth().oauth2(KeycloakTokens.accessTokenOf("counsellor")).get("/api/canned-responses")
                    .then().statusCode(200).body("size()", equalTo(1));
            given().auth().oauth2(KeycloakTokens.accessTokenOf("counsellor")).contentType(ContentType.JSON)
                    .body(List.of()).put("/api/canned-responses").then().statusCode(403);
            BadInput.assertRejectsBadInputWithoutChange(Method.PUT, "/api/canned-responses", supervisor,
                    () -> CannedResponse.count());
            BadInput.expectProblem(given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                            .body(List.of(Map.of("category", "GREETING", "title", "", "body", "x")))
                            .put("/api/canned-responses"), 400, "a blank title");
        } finally {
            given().auth().oauth2(supervisor).contentType(ContentType.JSON).body(original)
                    .put("/api/canned-responses").then().statusCode(200);
        }
    }

    @Test
    void supervisorsKeepTheRiskLists() {
        String supervisor = KeycloakTokens.accessTokenOf("supervisor");
        given().auth().oauth2(supervisor).get("/api/risk-terms").then().statusCode(200)
                .body("term", hasItem("vill dö"));
        given().auth().oauth2(KeycloakTokens.accessTokenOf("counsellor")).get("/api/risk-terms")
                .then().statusCode(403);
        BadInput.assertRejectsBadInputWithoutChange(Method.PUT, "/api/risk-terms", supervisor,
                () -> RiskTerm.count());
        BadInput.expectProblem(given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                .body(List.of(Map.of("term", "x", "level", "NONE"))).put("/api/risk-terms"), 400, "level NONE");
    }

    @Test
    void blockingNeedsAKnownParticipantAndValidInput() {
        String counsellor = KeycloakTokens.accessTokenOf("counsellor");
        UUID unknown = UUID.randomUUID();
        BadInput.assertPostRejectsBadInputWithoutChange("/api/conversations/" + unknown + "/block", counsellor,
                StaffApiTest::blocks);
        BadInput.expectProblem(given().auth().oauth2(counsellor).contentType(ContentType.JSON)
                .body(Map.of("hours", 0, "reason", "hot")).post("/api/conversations/{id}/block", unknown),
                400, "zero hours");
        BadInput.expectProblem(given().auth().oauth2(counsellor).contentType(ContentType.JSON)
                .body(Map.of("hours", 2, "reason", "hot")).post("/api/conversations/{id}/block", unknown),
                404, "an unknown conversation (answered as any conversation that is not one's own)");
        given().contentType(ContentType.JSON).body(Map.of("hours", 2, "reason", "hot"))
                .post("/api/conversations/{id}/block", unknown).then().statusCode(401);
    }

    @Test
    void aBlockCoversTheBrowserNotEveryoneBehindTheSameAddressAndASupervisorLiftsIt() {
        HoursFixture.openAllDay(hours);
        PresenceFixture.online("counsellor");
        String supervisor = KeycloakTokens.accessTokenOf("supervisor");
        try {
            ChatFixture chat = new ChatFixture(base);
            ChatFixture.Started abusive = chat.request("UNDISCLOSED");
            // Still in the queue, held by no counsellor: a supervisor blocks it (ConversationAccess).
            given().auth().oauth2(supervisor).contentType(ContentType.JSON)
                    .body(Map.of("hours", 2, "reason", "Hot och trakasserier")).post("/api/conversations/{id}/block",
                            abusive.id())
                    .then().statusCode(200);

            BadInput.expectProblem(given().contentType(ContentType.JSON)
                    .body(Map.of("ageBand", "AGE_13_15", "browserKey", abusive.browserKey()))
                    .post("/api/conversations"), 403, "the blocked browser");
            try (ChatSocket socket = ChatSocket.connect(chat.ws("/ws/chat/" + abusive.id()), null)) {
                assertThat(socket.awaitClosed()).isEqualTo((short) 1008);
            }
            assertThat(QuarkusTransaction.requiringNew().call(() -> Conversation.<Conversation>findById(abusive.id())
                    .status)).isEqualTo(Conversation.Status.ABANDONED);
            // Someone else at the same school (the same address here) still reaches a counsellor.
            chat.request("AGE_13_15");

            List<Map<String, Object>> inForce = given().auth().oauth2(supervisor).get("/api/blocks").then()
                    .statusCode(200).extract().jsonPath().getList("$");
            assertThat(inForce).singleElement().satisfies(block -> {
                assertThat(block).containsEntry("kind", "BROWSER").containsEntry("conversationId",
                        abusive.id().toString()).containsEntry("blockedBy", "supervisor");
            });
            given().auth().oauth2(KeycloakTokens.accessTokenOf("counsellor")).get("/api/blocks").then()
                    .statusCode(403);
            given().auth().oauth2(supervisor).delete("/api/blocks/{id}", inForce.get(0).get("id")).then()
                    .statusCode(204);
            chat.request("AGE_13_15", abusive.browserKey());
            assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.<AuditEntry>list("action",
                    "BLOCK_LIFTED"))).isNotEmpty();
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Conversation.getEntityManager()
                    .createNativeQuery("DELETE FROM participant_block").executeUpdate());
            PresenceFixture.nobodyOnline();
            HoursFixture.clear(hours);
        }
        chatIsOpenToOthersAgain();
    }

    @Test
    void onlyASupervisorBlocksAnAddressAndOnlyBriefly() {
        HoursFixture.openAllDay(hours);
        PresenceFixture.online("counsellor");
        try {
            ChatFixture chat = new ChatFixture(base);
            ChatFixture.Started abusive = chat.request("UNDISCLOSED");
            Map<String, Object> byAddress = Map.of("hours", 2, "reason", "Många anrop", "kind", "ADDRESS");
            try (ChatSocket console = chat.console("counsellor")) {
                console.send(Map.of("type", "accept", "conversationId", abusive.id().toString()));
                console.await("assigned");
                BadInput.expectProblem(given().auth().oauth2(KeycloakTokens.accessTokenOf("counsellor"))
                        .contentType(ContentType.JSON).body(byAddress)
                        .post("/api/conversations/{id}/block", abusive.id()), 403, "a counsellor blocking an address");
            }
            BadInput.expectProblem(given().auth().oauth2(KeycloakTokens.accessTokenOf("supervisor"))
                    .contentType(ContentType.JSON).body(Map.of("hours", 3, "reason", "Många anrop", "kind", "ADDRESS"))
                    .post("/api/conversations/{id}/block", abusive.id()), 400, "an address blocked for three hours");
            assertThat(blocks()).isZero();

            given().auth().oauth2(KeycloakTokens.accessTokenOf("supervisor")).contentType(ContentType.JSON)
                    .body(byAddress).post("/api/conversations/{id}/block", abusive.id()).then().statusCode(200);
            BadInput.expectProblem(given().contentType(ContentType.JSON)
                    .body(Map.of("ageBand", "AGE_13_15", "browserKey", YouthToken.create()))
                    .post("/api/conversations"), 403, "another browser behind the blocked address");
        } finally {
            QuarkusTransaction.requiringNew().run(() -> Conversation.getEntityManager()
                    .createNativeQuery("DELETE FROM participant_block").executeUpdate());
            PresenceFixture.nobodyOnline();
            HoursFixture.clear(hours);
        }
        chatIsOpenToOthersAgain();
    }

    private void chatIsOpenToOthersAgain() {
        assertThat(blocks()).isZero();
    }

    private static long blocks() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Conversation.getEntityManager()
                .createNativeQuery("SELECT count(*) FROM participant_block").getSingleResult()).longValue());
    }
}
