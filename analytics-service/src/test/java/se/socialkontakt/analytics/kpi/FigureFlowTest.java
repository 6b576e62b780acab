package se.socialkontakt.analytics.kpi;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.jackson.JsonCloudEventData;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.ChatConversationStarted;
import se.socialkontakt.events.ContactCaseFirstResponse;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.EventType;
import se.socialkontakt.testsupport.KafkaPrincipals;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Through the real broker into the real database: the same events twice and out of order give the same figures; a
 * replay from the start rebuilds identical figures; a malformed record goes to the dead-letter topic and the
 * consumer carries on.
 */
@QuarkusTest
class FigureFlowTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final URI SOURCE = URI.create("/socialkontakt/figure-flow-test");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    /** A day of its own in the past, so events of earlier runs (still on the topics) never mix in. */
    private final LocalDate day = LocalDate.of(2001, 1, 1).plusDays(new Random().nextInt(7000));
    private final String manager = KeycloakTokens.accessTokenOf("manager");

    @Test
    void duplicatesAndDisorderChangeNothingAndAReplayRebuildsTheSameFigures() throws Exception {
        List<EventData> events = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            UUID conversation = UUID.randomUUID();
            events.add(new ChatConversationRequested(conversation, at(9, i), ChatConversationRequested.AgeBand.AGE_13_15,
                    null));
            events.add(new ChatConversationStarted(conversation, at(10, i), 60L * (i + 1)));
        }
        for (int i = 0; i < 6; i++) {
            UUID contact = UUID.randomUUID();
            events.add(new ContactCaseOpened(contact, at(11, i), i < 5 ? ContactCaseOpened.Channel.EMAIL
                    : ContactCaseOpened.Channel.PHONE, "ADVICE", "RELATIVES"));
            events.add(new ContactCaseFirstResponse(contact, at(12, i), 100L * (i + 1)));
        }
        List<byte[]> records = new ArrayList<>();
        for (EventData data : events) {
            byte[] record = EventEnvelope.serialize(EventEnvelope.wrap(SOURCE, data,
                    Clock.fixed(time(data), ZoneOffset.UTC)));
            records.add(record);
            records.add(record);
        }
        Collections.shuffle(records, new Random(7));
        publish(records);

        await().atMost(Duration.ofSeconds(30)).until(() -> value("chat.queued") == 8.0 && value("contacts.total") == 6.0);
        Map<String, Object> figures = figures();
        assertThat(value("chat.answered")).isEqualTo(8.0);
        // Waits 60..480 s: median (240 + 300) / 2 = 270, p90 the 8th of 8 (⌈7.2⌉) = 480.
        assertThat(value("chat.wait.seconds.median")).isEqualTo(270.0);
        assertThat(value("chat.wait.seconds.p90")).isEqualTo(480.0);
        assertThat(value("contacts.channel.EMAIL")).isEqualTo(5.0);
        assertThat(suppressed("contacts.channel.PHONE")).as("one phone contact is fewer than five").isTrue();

        given().auth().oauth2(KeycloakTokens.accessTokenOf("admin")).post("/api/admin/replay").then().statusCode(202);
        AtomicReference<Map<String, Object>> rebuilt = new AtomicReference<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            rebuilt.set(figures());
            return rebuilt.get().equals(figures);
        });
        assertThat(rebuilt.get()).isEqualTo(figures);
    }

    @Test
    void aMalformedRecordGoesToTheDeadLetterTopicAndTheConsumerCarriesOn() throws Exception {
        String key = "malformed-" + UUID.randomUUID();
        UUID after = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>("chat-events", key, "{\"not\": \"an event\"}".getBytes())).get();
            producer.send(new ProducerRecord<>("chat-events", after.toString(), EventEnvelope.serialize(
                    EventEnvelope.wrap(SOURCE, new ChatConversationRequested(after, at(8, 0),
                            ChatConversationRequested.AgeBand.UNDISCLOSED, null), Clock.systemUTC())))).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(manager)
                .get("/api/events/about/{subject}", after).then().extract().jsonPath().getList("id").size() == 1);

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(KafkaPrincipals.admin(bootstrap,
                "group.id", "dead-letter-reader-" + UUID.randomUUID(), "auto.offset.reset", "earliest"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of("analytics-dead-letters"));
            AtomicReference<ConsumerRecord<String, byte[]>> found = new AtomicReference<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (key.equals(record.key())) {
                        found.set(record);
                    }
                }
                return found.get() != null;
            });
            String reason = new String(found.get().headers().lastHeader("dead-letter-reason").value(),
                    StandardCharsets.UTF_8);
            assertThat(reason).contains("Not a CloudEvent");
            assertThat(new String(found.get().headers().lastHeader("dead-letter-topic").value(), StandardCharsets.UTF_8))
                    .isEqualTo("chat-events");
        }
    }

    @Test
    void eventsOfATypeThisBuildDoesNotKnowAreStoredOnceAndCounted() throws Exception {
        // One key, hence one partition: once the known event after them is stored, so are the others.
        String key = "unknown-" + UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (int i = 0; i < 5; i++) {
                byte[] record = EventEnvelope.serialize(CloudEventBuilder.v1().withId(UUID.randomUUID().toString())
                        .withSource(SOURCE).withType("se.socialkontakt.chat.conversation.requested.v2")
                        .withSubject(UUID.randomUUID().toString()).withTime(at(13, i).atOffset(ZoneOffset.UTC))
                        .withDataContentType("application/json")
                        .withData(JsonCloudEventData.wrap(JsonNodeFactory.instance.objectNode().put("newField", i)))
                        .build());
                producer.send(new ProducerRecord<>("chat-events", key, record));
                producer.send(new ProducerRecord<>("chat-events", key, record));
            }
            producer.send(new ProducerRecord<>("chat-events", key, EventEnvelope.serialize(EventEnvelope.wrap(SOURCE,
                    new ChatConversationRequested(marker, at(13, 30), ChatConversationRequested.AgeBand.UNDISCLOSED,
                            null), Clock.systemUTC())))).get();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(manager)
                .get("/api/events/about/{subject}", marker).then().extract().jsonPath().getList("id").size() == 1);

        assertThat(value("events.unknownTypes")).isEqualTo(5.0);
        assertThat(value("chat.queued")).as("an unknown version is not counted as the known one").isEqualTo(-1.0);
    }

    private java.time.Instant at(int hour, int minute) {
        return day.atTime(hour, minute).atZone(STOCKHOLM).toInstant();
    }

    private static java.time.Instant time(EventData data) {
        return switch (data) {
            case ChatConversationRequested e -> e.requestedAt();
            case ChatConversationStarted e -> e.startedAt();
            case ContactCaseOpened e -> e.openedAt();
            case ContactCaseFirstResponse e -> e.respondedAt();
            default -> throw new IllegalArgumentException(data.toString());
        };
    }

    private void publish(List<byte[]> records) throws Exception {
        try (KafkaProducer<String, byte[]> producer = producer()) {
            for (byte[] record : records) {
                String type = EventEnvelope.read(record).getType();
                String topic = EventType.fromType(type).orElseThrow().topic();
                producer.send(new ProducerRecord<>(topic, EventEnvelope.read(record).getSubject(), record)).get();
            }
        }
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(KafkaPrincipals.admin(bootstrap), new StringSerializer(),
                new ByteArraySerializer());
    }

    private Map<String, Object> figures() {
        return given().auth().oauth2(manager).queryParam("period", "DAY").queryParam("date", day.toString())
                .get("/api/figures").then().statusCode(200).extract().jsonPath().getMap("");
    }

    private double value(String key) {
        Object value = given().auth().oauth2(manager).queryParam("period", "DAY").queryParam("date", day.toString())
                .get("/api/figures").then().statusCode(200).extract().jsonPath()
                .get("figures.find { it.key == '" + key + "' }.value");
        return value == null ? -1 : ((Number) value).doubleValue();
    }

    private boolean suppressed(String key) {
        return given().auth().oauth2(manager).queryParam("period", "DAY").queryParam("date", day.toString())
                .get("/api/figures").then().extract().jsonPath()
                .getBoolean("figures.find { it.key == '" + key + "' }.suppressed");
    }
}
