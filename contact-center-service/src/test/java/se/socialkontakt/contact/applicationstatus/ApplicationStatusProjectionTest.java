package se.socialkontakt.contact.applicationstatus;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.EventData;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.events.HousingApplicationStarted.ApplicantRole;
import se.socialkontakt.events.HousingApplicationStarted.Channel;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.events.HousingApplicationStatusChanged;
import se.socialkontakt.events.HousingApplicationSubmitted;
import se.socialkontakt.support.audit.AuditEntry;
import se.socialkontakt.testsupport.BadInput;
import se.socialkontakt.testsupport.KafkaPrincipals;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The read model from housing events through the real broker: redelivered and reordered events change nothing. */
@QuarkusTest
class ApplicationStatusProjectionTest {
    private static final URI HOUSING = URI.create("/socialkontakt/eservice-housing");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anAgentSeesTheLatestStatusWhateverTheOrderAndDuplicates() throws Exception {
        UUID id = UUID.randomUUID();
        String reference = "SB-2026-%06d".formatted(Math.floorMod(id.hashCode(), 1_000_000));
        Instant submitted = Instant.now().minusSeconds(600);
        byte[] submittedEvent = event(new HousingApplicationSubmitted(id, reference, submitted, ApplicantRole.SELF, 1,
                Channel.DIGITAL));
        byte[] investigating = event(new HousingApplicationStatusChanged(id, submitted.plusSeconds(300),
                HousingApplicationStatus.UNDER_INVESTIGATION));
        byte[] registered = event(new HousingApplicationStatusChanged(id, submitted.plusSeconds(60),
                HousingApplicationStatus.REGISTERED));

        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaPrincipals.admin(bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (byte[] record : new byte[][] { investigating, submittedEvent, registered, investigating,
                    "{not an event".getBytes(StandardCharsets.UTF_8), registered }) {
                producer.send(new ProducerRecord<>("housing-events", id.toString(),
                        new String(record, StandardCharsets.UTF_8))).get();
            }
        }

        String agent = KeycloakTokens.accessTokenOf("agent");
        // Generous: right after another run, the consumer group waits out the last run's member before it reads.
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(agent)
                .queryParam("identifiedBy", "BANKID")
                .get("/api/application-status/{reference}", reference).then().statusCode(200)
                .body("status", equalTo("UNDER_INVESTIGATION"))
                .body("next", equalTo("ASSESSOR_INVESTIGATES")));
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(reference)))
                .extracting(e -> e.action + " " + e.detail)
                .contains("READ_APPLICATION_STATUS caller identified by BANKID");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("handler")).queryParam("identifiedBy", "BANKID")
                .get("/api/application-status/{reference}", reference).then().statusCode(403);
    }

    /**
     * Housing's database reset behind topics that kept their events (between test runs, or a restore) gives a
     * reference to a second application: the newer one takes it, and the projection goes on with what follows.
     */
    @Test
    void aReferenceGivenAgainGoesToTheNewerApplicationAndTheProjectionGoesOn() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        String reference = "SB-2025-%06d".formatted(Math.floorMod(second.hashCode(), 1_000_000));
        Instant submitted = Instant.now().minusSeconds(600);
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(KafkaPrincipals.admin(bootstrap),
                new StringSerializer(), new StringSerializer())) {
            for (EventData data : List.of(
                    new HousingApplicationSubmitted(first, reference, submitted, ApplicantRole.SELF, 1, Channel.DIGITAL),
                    new HousingApplicationSubmitted(second, reference, submitted.plusSeconds(60), ApplicantRole.SELF, 1,
                            Channel.DIGITAL),
                    new HousingApplicationStatusChanged(second, submitted.plusSeconds(120),
                            HousingApplicationStatus.UNDER_INVESTIGATION))) {
                // One key for all: one partition, in this order.
                producer.send(new ProducerRecord<>("housing-events", reference,
                        new String(event(data), StandardCharsets.UTF_8))).get();
            }
        }
        String agent = KeycloakTokens.accessTokenOf("agent");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().auth().oauth2(agent)
                .queryParam("identifiedBy", "BANKID")
                .get("/api/application-status/{reference}", reference).then().statusCode(200)
                .body("status", equalTo("UNDER_INVESTIGATION")));
    }

    @Test
    void anUnknownReferenceIsNotFoundAndStillAuditedAndAMalformedOneIsRefused() {
        String agent = KeycloakTokens.accessTokenOf("agent");
        String unknown = "SB-1999-000001";
        BadInput.expectProblem(given().auth().oauth2(agent).queryParam("identifiedBy", "CALLBACK")
                .get("/api/application-status/{reference}", unknown), 404, "an unknown reference");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(unknown)))
                .extracting(e -> e.action + " " + e.detail)
                .contains("READ_APPLICATION_STATUS not found; caller identified by CALLBACK");
        BadInput.expectProblem(given().auth().oauth2(agent).get("/api/application-status/{reference}", "SB-26-1"),
                400, "a malformed reference");
        given().get("/api/application-status/{reference}", unknown).then().statusCode(401);
    }

    @Test
    void noStatusIsShownBeforeTheAgentSaysHowTheCallerWasIdentified() {
        String agent = KeycloakTokens.accessTokenOf("agent");
        String reference = "SB-1999-000002";
        BadInput.expectProblem(given().auth().oauth2(agent).get("/api/application-status/{reference}", reference),
                400, "a look-up without saying how the caller was identified");
        BadInput.expectProblem(given().auth().oauth2(agent).queryParam("identifiedBy", "ASKED_NICELY")
                .get("/api/application-status/{reference}", reference), 400, "an identification that is no method");
        assertThat(QuarkusTransaction.requiringNew().call(() -> AuditEntry.about(reference))).isEmpty();
    }

    private static byte[] event(EventData data) {
        return EventEnvelope.serialize(EventEnvelope.wrap(HOUSING, data, Clock.systemUTC()));
    }
}
