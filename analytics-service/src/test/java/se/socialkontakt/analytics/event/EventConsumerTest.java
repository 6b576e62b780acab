package se.socialkontakt.analytics.event;

import io.cloudevents.CloudEvent;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.ContactCaseOpened;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.Topics;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KafkaPrincipals;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Events travel through the real broker into the real database; the API shows each one once. */
@QuarkusTest
class EventConsumerTest {
    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    private static final Random RANDOM = new Random();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaProducer<String, byte[]> producer;
    private String manager;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(KafkaPrincipals.admin(bootstrapServers),
                new StringSerializer(), new ByteArraySerializer());
        manager = KeycloakTokens.accessTokenOf("manager");
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void anEventDeliveredTwiceIsStoredAndCountedOnce() throws Exception {
        // The events happened on a day of their own, so other tests' events cannot move its count.
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(RANDOM.nextInt(3000));
        Clock then = Clock.fixed(day.atTime(12, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
        UUID caseId = UUID.randomUUID();
        CloudEvent event = caseLogged(caseId, then);
        byte[] bytes = EventEnvelope.serialize(event);

        send(caseId.toString(), bytes);
        send(caseId.toString(), bytes);
        // A third copy after a garbage record on the same partition: once it is processed, so are the others.
        send(caseId.toString(), "{not a cloud event".getBytes(StandardCharsets.UTF_8));
        UUID markerId = UUID.randomUUID();
        send(caseId.toString(), EventEnvelope.serialize(caseLogged(markerId, then)));

        await().atMost(Duration.ofSeconds(20)).until(() -> !about(markerId).isEmpty());
        assertThat(about(caseId)).extracting(e -> e.get("id")).containsExactly(event.getId());
        assertThat(counts(day)).containsExactly(Map.of("day", day.toString(), "type", event.getType(), "count", 2));
    }

    @Test
    void onlyManagementReadsTheFigures() {
        given().get("/api/events/counts").then().statusCode(401);
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).get("/api/events/counts").then().statusCode(403);
        given().auth().oauth2(manager).get("/api/events/counts").then().statusCode(200);
    }

    @Test
    void badQueriesGetAProblem() {
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/events/counts?from=yesterday"), 400,
                "unparsable date");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/events/counts?from=2026-02-01&to=2026-01-01"),
                400, "reversed range");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/events/counts?from=2020-01-01&to=2026-01-01"),
                400, "range too long");
        BadInput.expectProblem(given().auth().oauth2(manager).get("/api/events/about/not-a-uuid"), 404,
                "malformed subject");
    }

    private void send(String key, byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(Topics.CONTACT, key, value)).get();
    }

    private List<Map<String, Object>> about(UUID subject) {
        return given().auth().oauth2(manager).get("/api/events/about/" + subject)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private List<Map<String, Object>> counts(LocalDate day) {
        return given().auth().oauth2(manager).get("/api/events/counts?from=" + day + "&to=" + day)
                .then().statusCode(200).extract().jsonPath().getList("$");
    }

    private static CloudEvent caseLogged(UUID caseId, Clock clock) {
        return EventEnvelope.wrap(URI.create("/socialkontakt/test"), new ContactCaseOpened(caseId, clock.instant(),
                ContactCaseOpened.Channel.EMAIL, "HOUSING", "ALL_RESIDENTS"), clock);
    }
}
