package se.socialkontakt.chat.conversation;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.hours.HoursFixture;
import se.socialkontakt.chat.hours.HoursService;
import se.socialkontakt.chat.queue.PresenceFixture;
import se.socialkontakt.events.ChatTopic;
import se.socialkontakt.testsupport.KeycloakTokens;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.RetriedCreate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class ConversationResourceTest {
    @Inject
    HoursService hours;

    @BeforeEach
    void openTheChatWithACounsellorOnline() {
        HoursFixture.openAllDay(hours);
        PresenceFixture.online("counsellor");
    }

    @AfterEach
    void restore() {
        PresenceFixture.nobodyOnline();
        HoursFixture.clear(hours);
    }

    @Test
    void anAnonymousRequestQueuesAConversationAndPublishesItsEvent() {
        String id = given().contentType(ContentType.JSON).body("{\"ageBand\": \"AGE_13_15\", \"topic\": \"SCHOOL\"}")
                .post("/api/conversations")
                .then().statusCode(201)
                .body("status", equalTo("QUEUED"))
                .body("token", notNullValue())
                .extract().path("id");
        UUID conversationId = UUID.fromString(id);

        OutboxEvent row = OutboxEvent.find("aggregateId", conversationId).singleResult();
        CloudEvent event = EventEnvelope.read(row.payload.getBytes(StandardCharsets.UTF_8));
        ChatConversationRequested data = EventEnvelope.data(event, ChatConversationRequested.class);
        assertThat(data.conversationId()).isEqualTo(conversationId);
        assertThat(data.ageBand()).isEqualTo(ChatConversationRequested.AgeBand.AGE_13_15);
        assertThat(data.topic()).isEqualTo(ChatTopic.SCHOOL);
        assertThat(Conversation.<Conversation>findById(conversationId).tokenHash)
                .as("only the secret's hash is stored").hasSize(32);

        // The relay publishes to the real broker and marks the row once Kafka acknowledged it.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> QuarkusTransaction.requiringNew()
                        .call(() -> OutboxEvent.<OutboxEvent>findById(row.id).sentAt != null));
    }

    @Test
    void aClosedChatTakesNoConversationAndSaysWhenItOpens() {
        HoursFixture.closed(hours, "Stängt för utbildning");
        long before = Conversation.count();
        given().contentType(ContentType.JSON).body("{\"ageBand\": \"AGE_10_12\"}")
                .post("/api/conversations")
                .then().statusCode(409)
                .contentType(BadInput.PROBLEM_JSON)
                .body("state", equalTo("CLOSED"))
                .body("nextOpening", notNullValue());
        assertThat(Conversation.count()).isEqualTo(before);
    }

    @Test
    void anOpenChatWithNobodyToAnswerSaysSoInsteadOfQueueing() {
        PresenceFixture.nobodyOnline();
        long before = Conversation.count();
        given().contentType(ContentType.JSON).body("{\"ageBand\": \"AGE_10_12\"}")
                .post("/api/conversations")
                .then().statusCode(409)
                .contentType(BadInput.PROBLEM_JSON)
                .body("state", equalTo("NO_COUNSELLOR"));
        assertThat(Conversation.count()).isEqualTo(before);
    }

    @Test
    void theQueueStatusSaysWhetherAnyoneCanAnswer() {
        given().get("/api/queue/status").then().statusCode(200)
                .body("counsellorsOnline", equalTo(1)).body("estimatedWaitMinutes", notNullValue());
        PresenceFixture.nobodyOnline();
        given().get("/api/queue/status").then().statusCode(200)
                .body("counsellorsOnline", equalTo(0)).body("estimatedWaitMinutes", nullValue());
    }

    @Test
    void practiceChatsNeedACounsellorAndAreNeverCounted() {
        HoursFixture.closed(hours, "Före lansering");
        given().contentType(ContentType.JSON).body("{\"ageBand\": \"AGE_10_12\"}")
                .post("/api/practice-conversations").then().statusCode(401);
        String id = given().auth().oauth2(KeycloakTokens.accessTokenOf("counsellor"))
                .contentType(ContentType.JSON).body("{\"ageBand\": \"AGE_10_12\"}")
                .post("/api/practice-conversations")
                .then().statusCode(201).body("practice", equalTo(true)).extract().path("id");
        assertThat(OutboxEvent.count("aggregateId", UUID.fromString(id))).isZero();
    }

    @Test
    void badInputIsRefusedWithAProblemAndQueuesNothing() {
        BadInput.assertPostRejectsBadInputWithoutChange("/api/conversations", null, () -> Conversation.count());
        BadInput.expectProblem(given().contentType(ContentType.JSON).body("{\"ageBand\": \"AGE_99\"}")
                .post("/api/conversations"), 400, "unknown age band");
    }

    @Test
    void aRetriedRequestPlacesOneConversation() {
        RetriedCreate.assertCreatesOnce(ConversationResourceTest::request, "id",
                () -> QuarkusTransaction.requiringNew().call(() -> Conversation.count()),
                id -> QuarkusTransaction.requiringNew().call(() -> OutboxEvent.count("aggregateId = ?1 and type = ?2",
                        UUID.fromString(id), EventType.CHAT_CONVERSATION_REQUESTED.type())));
    }

    /** The retry's answer opens the conversation the first request placed, and nobody else's. */
    @Test
    void aRetryIsAnsweredWithTheSameTokenWhichOpensItsConversation() {
        String key = UUID.randomUUID().toString();
        Response first = request(key);
        Response retried = request(key);
        Response another = request(UUID.randomUUID().toString());
        assertThat((String) retried.path("token")).isEqualTo(first.path("token"));
        assertThat((String) another.path("token")).isNotEqualTo(first.path("token"));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Conversation.<Conversation>findById(
                UUID.fromString(first.path("id"))).tokenHash)).isEqualTo(YouthToken.hash(first.path("token")));
    }

    private static Response request(String key) {
        RequestSpecification request = given().contentType(ContentType.JSON).body("{\"ageBand\": \"AGE_13_15\"}");
        return (key == null ? request : request.header(RetriedCreate.HEADER, key)).post("/api/conversations");
    }
}
