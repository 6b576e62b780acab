package se.socialkontakt.chat.conversation;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.socialkontakt.chat.hours.HoursFixture;
import se.socialkontakt.chat.hours.HoursService;
import se.socialkontakt.chat.queue.PresenceFixture;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.ChatSocket;

import java.net.URI;
import java.time.Instant;
import java.time.Duration;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

/** The chat protocol end to end on one instance, against the real database, broker and Keycloak. */
@QuarkusTest
class ChatConversationTest {
    @TestHTTPResource("/")
    URI base;

    @Inject
    HoursService hours;

    @Inject
    ConversationSweeper sweeper;

    ChatFixture chat;

    @BeforeEach
    void openTheChat() {
        HoursFixture.openAllDay(hours);
        chat = new ChatFixture(base);
        endEverythingUnderWay();
    }

    @AfterEach
    void restore() {
        endEverythingUnderWay();
        PresenceFixture.nobodyOnline();
        HoursFixture.clear(hours);
    }

    /** Each test starts with an empty queue and a counsellor with every place free. */
    private static void endEverythingUnderWay() {
        QuarkusTransaction.requiringNew().run(() -> Conversation.update(
                "status = ?1, endedAt = current_timestamp, wrappedUpAt = current_timestamp where status in ?2",
                Conversation.Status.ENDED, List.of(Conversation.Status.QUEUED, Conversation.Status.ACTIVE)));
    }

    @Test
    void aWholeConversationFromQueueToRating() {
        try (ChatSocket counsellor = chat.console("counsellor")) {
            counsellor.await("queue");
            ChatFixture.Started started = chat.request("AGE_13_15");
            try (ChatSocket youth = chat.youth(started, 0)) {
                JsonNode place = youth.await("queue");
                assertThat(place.get("position").asInt()).isEqualTo(1);
                assertThat(place.get("counsellorsOnline").asInt()).isEqualTo(1);
                assertThat(place.get("estimatedWaitMinutes").asInt()).isEqualTo(1);

                // The young person may write while waiting.
                Map<String, Object> first = ChatFixture.message("Hej, jag vill prata om min familj");
                youth.send(first);
                assertThat(youth.await("ack").get("seq").asLong()).isEqualTo(1);

                counsellor.send(Map.of("type", "accept"));
                JsonNode assigned = counsellor.await("assigned");
                assertThat(assigned.get("conversationId").asText()).isEqualTo(started.id().toString());
                assertThat(assigned.get("ageBand").asText()).isEqualTo("AGE_13_15");
                assertThat(counsellor.await("message").get("text").asText()).isEqualTo(first.get("text"));
                youth.await("started");

                counsellor.send(Map.of("type", "typing", "conversationId", started.id().toString()));
                assertThat(youth.await("typing").get("from").asText()).isEqualTo("COUNSELLOR");
                counsellor.send(ChatFixture.message(started.id(), "Hej! Vad bra att du skriver. Berätta mer."));
                assertThat(counsellor.await("ack").get("seq").asLong()).isEqualTo(2);
                JsonNode answer = youth.await("message");
                assertThat(answer.get("from").asText()).isEqualTo("COUNSELLOR");
                assertThat(answer.get("seq").asLong()).isEqualTo(2);
                assertThat(answer.has("author")).as("the young person never learns the counsellor's user name").isFalse();

                youth.send(Map.of("type", "typing"));
                assertThat(counsellor.await("typing").get("from").asText()).isEqualTo("YOUTH");
                youth.send(ChatFixture.message("Tack, det hjälpte att prata."));
                counsellor.await("message", m -> m.get("seq").asLong() == 3);

                counsellor.send(Map.of("type", "note", "conversationId", started.id().toString(), "text",
                        "Tips om familjerådgivning"));
                counsellor.await("note");
                counsellor.send(Map.of("type", "end", "conversationId", started.id().toString(), "topics",
                        List.of("FAMILY", "FEELINGS")));
                assertThat(youth.await("ended").get("by").asText()).isEqualTo("COUNSELLOR");
                youth.send(Map.of("type", "rating", "helped", true));

                assertThat(youth.received()).noneMatch(frame -> frame.get("type").asText().equals("note"));
                awaitEvent(started.id(), EventType.CHAT_CONVERSATION_RATED);
                assertThat(eventsOf(started.id())).containsExactly(EventType.CHAT_CONVERSATION_REQUESTED,
                        EventType.CHAT_CONVERSATION_STARTED, EventType.CHAT_FIRST_RESPONSE,
                        EventType.CHAT_CONVERSATION_ENDED, EventType.CHAT_CONVERSATION_RATED);
                assertThat(payloadsOf(started.id())).noneMatch(payload -> payload.contains("Hej"))
                        .noneMatch(payload -> payload.contains("counsellor"));
            }
        }
    }

    @Test
    void aReconnectResumesWithNothingLostAndNothingTwice() {
        try (ChatSocket counsellor = chat.console("counsellor")) {
            ChatFixture.Started started = chat.request("AGE_16_18");
            ChatSocket youth = chat.youth(started, 0);
            counsellor.send(Map.of("type", "accept"));
            counsellor.await("assigned");
            youth.await("started");
            youth.send(ChatFixture.message("ett"));
            youth.await("ack");
            counsellor.send(ChatFixture.message(started.id(), "två"));
            youth.await("message", m -> m.get("seq").asLong() == 2);

            // The network drops; the page had sent "tre" but never saw its acknowledgement.
            youth.close();
            counsellor.send(ChatFixture.message(started.id(), "fyra"));
            counsellor.await("ack", a -> a.get("seq").asLong() == 3);
            Map<String, Object> unacknowledged = ChatFixture.message("tre");

            try (ChatSocket again = chat.youth(started, 2)) {
                JsonNode missed = again.await("message");
                assertThat(missed.get("seq").asLong()).isEqualTo(3);
                assertThat(missed.get("text").asText()).isEqualTo("fyra");
                again.send(unacknowledged);
                long seq = again.await("ack").get("seq").asLong();
                assertThat(seq).isEqualTo(4);
                // The page cannot know whether its resend arrived: sending the same client id again stores nothing.
                again.send(unacknowledged);
                assertThat(again.await("ack").get("seq").asLong()).isEqualTo(seq);
            }
            // Each resend is relayed again (the instance that stored it may have failed before relaying it); the
            // console page shows a seq once.
            await().atMost(Duration.ofSeconds(10)).until(() -> counsellor.received().stream()
                    .filter(f -> f.get("type").asText().equals("message") && f.get("seq").asLong() == 4
                            && f.get("text").asText().equals("tre"))
                    .count() == 2);
            List<String> transcript = QuarkusTransaction.requiringNew()
                    .call(() -> ChatMessage.after(started.id(), 0).stream().map(m -> m.body).toList());
            assertThat(transcript).containsExactly("ett", "två", "fyra", "tre");
        }
    }

    @Test
    void tooLongAndTooManyMessagesAreRefusedAndTheConnectionStays() {
        PresenceFixture.online("counsellor-elsewhere");
        ChatFixture.Started started = chat.request("UNDISCLOSED");
        try (ChatSocket youth = chat.youth(started, 0)) {
            Map<String, Object> tooLong = ChatFixture.message("å".repeat(2001));
            youth.send(tooLong);
            JsonNode refusal = youth.await("error");
            assertThat(refusal.get("code").asText()).isEqualTo("too-long");
            assertThat(refusal.get("clientId").asText()).isEqualTo(tooLong.get("clientId"));

            youth.sendRaw("{not json");
            assertThat(youth.await("error").get("code").asText()).isEqualTo("bad-frame");

            for (int i = 0; i < 10; i++) {
                youth.send(ChatFixture.message("meddelande " + i));
            }
            youth.send(ChatFixture.message("ett för mycket"));
            assertThat(youth.await("error").get("code").asText()).isEqualTo("rate-limited");
            assertThat(youth.isClosed()).isFalse();
            // A connection's frames are handled in order: the ten acknowledgements came before the refusal.
            assertThat(youth.received()).filteredOn(f -> f.get("type").asText().equals("ack")).hasSize(10);
            // Still connected: leaving the queue works on the same connection.
            youth.send(Map.of("type", "leave"));
            assertThat(youth.await("ended").get("by").asText()).isEqualTo("YOUTH");
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> ChatMessage.after(started.id(), 0).size()))
                .isEqualTo(10);
    }

    @Test
    void aWrongSecretIsTurnedAway() {
        PresenceFixture.online("counsellor-elsewhere");
        ChatFixture.Started started = chat.request("AGE_10_12");
        try (ChatSocket intruder = ChatSocket.connect(chat.ws("/ws/chat/" + started.id()), null)) {
            intruder.send(Map.of("type", "hello", "token", YouthToken.create(), "lastSeq", 0));
            assertThat(intruder.awaitClosed()).isEqualTo((short) 1008);
        }
        try (ChatSocket skipsHello = ChatSocket.connect(chat.ws("/ws/chat/" + started.id()), null)) {
            skipsHello.send(ChatFixture.message("hej"));
            assertThat(skipsHello.awaitClosed()).isEqualTo((short) 1008);
        }
    }

    @Test
    void riskWordsMoveAConversationUpTheQueueAndAlertSupervisors() {
        try (ChatSocket supervisor = chat.console("supervisor"); ChatSocket counsellor = chat.console("counsellor")) {
            ChatFixture.Started calm = chat.request("AGE_13_15");
            ChatFixture.Started urgent = chat.request("AGE_13_15");
            try (ChatSocket calmYouth = chat.youth(calm, 0); ChatSocket urgentYouth = chat.youth(urgent, 0)) {
                urgentYouth.send(ChatFixture.message("Jag orkar inte mer, jag vill dö"));
                urgentYouth.await("ack");
                JsonNode alert = supervisor.await("alert");
                assertThat(alert.get("conversationId").asText()).isEqualTo(urgent.id().toString());
                assertThat(alert.get("level").asText()).isEqualTo("HIGH");
                assertThat(urgentYouth.await("queue", q -> q.get("position").asInt() == 1)).isNotNull();

                // A supervisor whose console connects later (a reload) still sees the alert.
                try (ChatSocket reloaded = chat.console("supervisor")) {
                    // Sent on connecting, before the answer to the fixture's availability frame.
                    assertThat(reloaded.received()).filteredOn(f -> f.get("type").asText().equals("alert"))
                            .extracting(f -> f.get("conversationId").asText())
                            .containsExactly(urgent.id().toString());
                }

                counsellor.send(Map.of("type", "accept"));
                assertThat(counsellor.await("assigned").get("conversationId").asText())
                        .isEqualTo(urgent.id().toString());
                assertThat(eventsOf(urgent.id())).contains(EventType.CHAT_RISK_FLAGGED);
                assertThat(eventsOf(calm.id())).doesNotContain(EventType.CHAT_RISK_FLAGGED);
            }
        }
    }

    @Test
    void aSupervisorJoinsSilentlyAndTheYoungPersonSeesNothingOfIt() {
        try (ChatSocket supervisor = chat.console("supervisor"); ChatSocket counsellor = chat.console("counsellor")) {
            ChatFixture.Started started = chat.request("AGE_16_18");
            try (ChatSocket youth = chat.youth(started, 0)) {
                counsellor.send(Map.of("type", "accept"));
                counsellor.await("assigned");
                youth.send(ChatFixture.message("hej"));
                youth.await("ack");
                counsellor.send(Map.of("type", "escalate", "conversationId", started.id().toString()));
                assertThat(supervisor.await("alert").get("reason").asText()).isEqualTo("ESCALATED");
                // A supervisor whose console connects later (a reload) still sees the escalation.
                try (ChatSocket reloaded = chat.console("supervisor")) {
                    assertThat(reloaded.received()).filteredOn(f -> f.get("type").asText().equals("alert"))
                            .filteredOn(f -> f.get("conversationId").asText().equals(started.id().toString()))
                            .extracting(f -> f.get("reason").asText(), f -> f.get("by").asText())
                            .containsExactly(tuple("ESCALATED", "counsellor"));
                }

                supervisor.send(Map.of("type", "join", "conversationId", started.id().toString(), "silent", true));
                assertThat(supervisor.await("assigned").get("silent").asBoolean()).isTrue();
                assertThat(supervisor.await("message").get("text").asText()).isEqualTo("hej");
                supervisor.send(ChatFixture.message(started.id(), "en tyst handledare får inte skriva"));
                assertThat(supervisor.await("error").get("code").asText()).isEqualTo("not-yours");

                counsellor.send(ChatFixture.message(started.id(), "Jag är kvar här"));
                assertThat(supervisor.await("message", m -> m.get("seq").asLong() == 2)).isNotNull();
                youth.await("message", m -> m.get("seq").asLong() == 2);
                assertThat(youth.received()).noneMatch(frame -> frame.get("type").asText().equals("joined"));
            }
        }
    }

    @Test
    void aTransferHandsTheConversationToAnotherCounsellor() {
        try (ChatSocket first = chat.console("counsellor"); ChatSocket second = chat.console("counsellor2")) {
            ChatFixture.Started started = chat.request("AGE_10_12");
            try (ChatSocket youth = chat.youth(started, 0)) {
                first.send(Map.of("type", "accept"));
                first.await("assigned");
                second.await("queue", q -> q.get("counsellorsOnline").asInt() == 2);
                first.send(Map.of("type", "transfer", "conversationId", started.id().toString(), "to",
                        "counsellor2"));
                assertThat(first.await("released").get("to").asText()).isEqualTo("counsellor2");
                second.await("assigned", a -> a.get("conversationId").asText().equals(started.id().toString()));

                second.send(ChatFixture.message(started.id(), "Hej, jag tar över"));
                second.await("ack");
                youth.await("message");
                first.send(ChatFixture.message(started.id(), "inte längre min"));
                assertThat(first.await("error").get("code").asText()).isEqualTo("not-yours");
            }
        }
    }

    @Test
    void aConsoleThatConnectsAgainFollowsEveryConversationItsCounsellorHolds() {
        ChatSocket closedBrowser = chat.console("counsellor");
        ChatFixture.Started started = chat.request("AGE_16_18");
        try (ChatSocket youth = chat.youth(started, 0)) {
            youth.await("queue");
            closedBrowser.send(Map.of("type", "accept"));
            closedBrowser.await("assigned");
            closedBrowser.close();
            // A new browser knows nothing of the conversation; the server tells it what its counsellor holds.
            try (ChatSocket console = chat.console("counsellor")) {
                assertThat(welcomeOf(console).get("held")).extracting(JsonNode::asText)
                        .containsExactly(started.id().toString());
            }
            try (ChatSocket someoneElse = chat.console("counsellor2")) {
                assertThat(welcomeOf(someoneElse).get("held")).isEmpty();
            }
        }
    }

    @Test
    void aConversationWhoseYoungPersonIsGoneEndsByItselfAndFreesThePlace() {
        try (ChatSocket counsellor = chat.console("counsellor")) {
            ChatFixture.Started started = chat.request("AGE_13_15");
            ChatFixture.Started stays = chat.request("AGE_13_15");
            try (ChatSocket staying = chat.youth(stays, 0)) {
                staying.await("queue");
                try (ChatSocket youth = chat.youth(started, 0)) {
                    youth.await("queue");
                    counsellor.send(Map.of("type", "accept", "conversationId", started.id().toString()));
                    counsellor.await("assigned", a -> a.get("conversationId").asText().equals(started.id().toString()));
                    counsellor.send(Map.of("type", "accept", "conversationId", stays.id().toString()));
                    counsellor.await("assigned", a -> a.get("conversationId").asText().equals(stays.id().toString()));
                }
                await().atMost(Duration.ofSeconds(10)).until(() -> awaySince(started.id()) != null);

                // Eleven minutes later (the limit is ten): the one who is gone is ended, the one still here is not,
                // whatever an instance saw when a page moved to another.
                backdateAway(started.id(), Duration.ofMinutes(11));
                backdateAway(stays.id(), Duration.ofMinutes(11));
                sweeper.sweep();
                JsonNode ended = counsellor.await("ended");
                assertThat(ended.get("conversationId").asText()).isEqualTo(started.id().toString());
                assertThat(ended.get("by").asText()).isEqualTo("SYSTEM");
                assertThat(status(started.id())).isEqualTo(Conversation.Status.ENDED);
                assertThat(status(stays.id())).isEqualTo(Conversation.Status.ACTIVE);
                assertThat(awaySince(stays.id())).isNull();
            }
        }
    }

    private static JsonNode welcomeOf(ChatSocket console) {
        return console.received().stream().filter(frame -> frame.get("type").asText().equals("welcome")).findFirst()
                .orElseThrow();
    }

    private static Instant awaySince(UUID conversationId) {
        return QuarkusTransaction.requiringNew().call(
                () -> Conversation.<Conversation>findById(conversationId).youthAwaySince);
    }

    private static Conversation.Status status(UUID conversationId) {
        return QuarkusTransaction.requiringNew().call(() -> Conversation.<Conversation>findById(conversationId).status);
    }

    private static void backdateAway(UUID conversationId, Duration by) {
        QuarkusTransaction.requiringNew().run(() -> Conversation.update(
                "youthAwaySince = ?1 where id = ?2", Instant.now().minus(by), conversationId));
    }

    private static List<EventType> eventsOf(UUID conversationId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                        "aggregateId = ?1 order by createdAt", conversationId).stream()
                .map(row -> EventType.fromType(row.type).orElseThrow()).toList());
    }

    private static List<String> payloadsOf(UUID conversationId) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateId", conversationId).stream().map(row -> {
                    EventEnvelope.read(row.payload.getBytes(StandardCharsets.UTF_8));
                    return row.payload;
                }).toList());
    }

    private static void awaitEvent(UUID conversationId, EventType type) {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10))
                .until(() -> eventsOf(conversationId).contains(type));
    }
}
