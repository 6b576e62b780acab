package se.socialkontakt.analytics.kpi;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.ChatConversationRequested;
import se.socialkontakt.events.EventEnvelope;
import se.socialkontakt.testsupport.ChatSocket;
import se.socialkontakt.testsupport.KafkaPrincipals;
import se.socialkontakt.testsupport.KeycloakTokens;
import se.socialkontakt.testsupport.PdfText;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The committee's PDF report, and a dashboard told live when new events are stored. */
@QuarkusTest
class ReportAndLiveTest {
    @TestHTTPResource("/ws/dashboard")
    URI dashboard;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void theReportIsAPdfInSwedishOrEnglish() {
        byte[] pdf = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get("/api/figures/report.pdf?period=YEAR").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        assertThat(PdfText.of(pdf)).contains("Uppföljning av socialtjänstens kontakter");
        byte[] english = given().auth().oauth2(KeycloakTokens.accessTokenOf("manager"))
                .get("/api/figures/report.pdf?lang=en").then().statusCode(200).extract().asByteArray();
        assertThat(PdfText.of(english)).contains("Follow-up of the social services' contacts");
        given().auth().oauth2(KeycloakTokens.accessTokenOf("agent")).get("/api/figures/report.pdf").then()
                .statusCode(403);
    }

    @Test
    void anOpenDashboardHearsOfEveryNewEvent() throws Exception {
        URI ws = URI.create(dashboard.toString().replaceFirst("^http", "ws"));
        try (ChatSocket socket = ChatSocket.connect(ws, KeycloakTokens.accessTokenOf("manager"))) {
            socket.await("welcome");
            UUID id = UUID.randomUUID();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaPrincipals.admin(bootstrap),
                    new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>("chat-events", id.toString(), EventEnvelope.serialize(
                        EventEnvelope.wrap(URI.create("/test"), new ChatConversationRequested(id, Instant.now(),
                                ChatConversationRequested.AgeBand.UNDISCLOSED, null), Clock.systemUTC())))).get();
            }
            assertThat(socket.await("changed").get("at").asText()).isNotBlank();
        }
    }
}
