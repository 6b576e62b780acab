package se.socialkontakt.systemtest;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.socialkontakt.events.EventType;
import se.socialkontakt.testsupport.ChatSocket;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Two chat-service instances share one chat: the young person on one, the counsellor on the other, and a reconnect
 * to the other instance resumes the conversation. The statistics reach analytics as anonymous events.
 */
@ExtendWith(Suite.class)
class ChatAcrossInstancesIT {

    @Test
    void aYoungPersonOnOneInstanceAndACounsellorOnTheOtherTalkNormally() {
        var created = given().contentType(ContentType.JSON).body(Map.of("ageBand", "AGE_13_15", "topic", "SCHOOL"))
                .post(Suite.Service.CHAT.url("/api/conversations")).then().statusCode(201).extract();
        UUID id = UUID.fromString(created.path("id"));
        String token = created.path("token");

        try (ChatSocket counsellor = ChatSocket.connect(Suite.Service.CHAT_SECOND.webSocket("/ws/console"),
                KeycloakTokens.accessTokenOf("counsellor2"))) {
            counsellor.await("welcome");
            counsellor.send(Map.of("type", "availability", "available", true));
            counsellor.await("availability");

            ChatSocket youth = hello(Suite.Service.CHAT, id, token, 0);
            youth.send(message("Hej, någon där?"));
            youth.await("ack");
            // The queue of the other instance shows the conversation within a second or two.
            counsellor.await("queue", q -> q.toString().contains(id.toString()));

            counsellor.send(Map.of("type", "accept", "conversationId", id.toString()));
            counsellor.await("assigned");
            assertThat(counsellor.await("message").get("text").asText()).isEqualTo("Hej, någon där?");
            youth.await("started");

            counsellor.send(Map.of("type", "typing", "conversationId", id.toString()));
            youth.await("typing");
            counsellor.send(Map.of("type", "message", "conversationId", id.toString(), "clientId",
                    UUID.randomUUID().toString(), "text", "Hej! Jag heter Elias. Vad vill du prata om?"));
            assertThat(youth.await("message", m -> m.get("seq").asLong() == 2).get("from").asText())
                    .isEqualTo("COUNSELLOR");
            youth.send(message("Skolan"));
            counsellor.await("message", m -> m.get("seq").asLong() == 3);

            // The young person's network drops and they come back through the other instance.
            youth.close();
            counsellor.send(Map.of("type", "message", "conversationId", id.toString(), "clientId",
                    UUID.randomUUID().toString(), "text", "Är du kvar?"));
            counsellor.await("ack", a -> a.get("seq").asLong() == 4);
            try (ChatSocket again = hello(Suite.Service.CHAT_SECOND, id, token, 3)) {
                JsonNode missed = again.await("message");
                assertThat(missed.get("seq").asLong()).isEqualTo(4);
                again.send(message("Ja!"));
                counsellor.await("message", m -> m.get("seq").asLong() == 5);

                counsellor.send(Map.of("type", "end", "conversationId", id.toString(), "topics", List.of("SCHOOL")));
                again.await("ended");
                again.send(Map.of("type", "rating", "helped", true));
            }
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> Analytics.eventIdsAbout(id).size() == 5);
        assertThat(List.of(EventType.CHAT_CONVERSATION_STARTED, EventType.CHAT_FIRST_RESPONSE,
                EventType.CHAT_CONVERSATION_ENDED, EventType.CHAT_CONVERSATION_RATED))
                .allSatisfy(type -> assertThat(Analytics.countToday(type)).isPositive());
    }

    private static ChatSocket hello(Suite.Service instance, UUID id, String token, long lastSeq) {
        ChatSocket socket = ChatSocket.connect(instance.webSocket("/ws/chat/" + id), null);
        socket.send(Map.of("type", "hello", "token", token, "lastSeq", lastSeq));
        socket.await("welcome");
        return socket;
    }

    private static Map<String, Object> message(String text) {
        return Map.of("type", "message", "clientId", UUID.randomUUID().toString(), "text", text);
    }
}
