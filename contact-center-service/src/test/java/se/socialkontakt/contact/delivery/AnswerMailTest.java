package se.socialkontakt.contact.delivery;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.socialkontakt.contact.contactcase.CaseEntry;
import se.socialkontakt.contact.contactcase.ContactCase;
import se.socialkontakt.contact.feedback.Feedback;
import se.socialkontakt.outbox.OutboxEvent;
import se.socialkontakt.testsupport.KeycloakTokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Answers by e-mail through a real SMTP server (GreenMail, in this JVM on a free loopback port): the mail arrives
 * with the answer at the address the resident gave, and an answer saved while the server is down arrives once it is
 * back. The promise's clock stops when the mail is sent, not when the answer is saved.
 */
@QuarkusTest
@TestProfile(AnswerMailTest.RealMailServer.class)
class AnswerMailTest {
    private static final String PORT_PROPERTY = "socialkontakt.test.smtp-port";

    /** The mailer sends for real, to the port chosen for this test's server, and retries every second. */
    public static class RealMailServer implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A new connection per mail: the tests stop the server and start another on the same port, and a
            // pooled connection to the stopped one hangs until the mailer's timeout.
            return Map.of("quarkus.mailer.mock", "false", "quarkus.mailer.host", "127.0.0.1",
                    "quarkus.mailer.port", smtpPort(), "quarkus.mailer.keep-alive", "false",
                    "socialkontakt.contact.mail.retry-every", "1s",
                    "socialkontakt.contact.mail.first-retry-after", "1S",
                    "socialkontakt.contact.mail.longest-retry-after", "1S");
        }
    }

    /** Chosen once per JVM: the profile and the test may live in different class loaders. */
    private static synchronized String smtpPort() {
        if (System.getProperty(PORT_PROPERTY) == null) {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                System.setProperty(PORT_PROPERTY, String.valueOf(socket.getLocalPort()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return System.getProperty(PORT_PROPERTY);
    }

    @ConfigProperty(name = "quarkus.mailer.port")
    int smtpPort;

    private final String agent = KeycloakTokens.accessTokenOf("agent");
    private final String handler = KeycloakTokens.accessTokenOf("handler");
    private GreenMail smtp;

    @BeforeEach
    void mailServer() {
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    @AfterEach
    void stopMailServer() {
        smtp.stop();
    }

    @Test
    void theAnswerArrivesByMailAtTheAddressGivenAndThenStopsTheClock() throws Exception {
        smtp.start();
        UUID caseId = askByForm("svar.till.mig@example.test");
        String answer = "Du kan ansöka om försörjningsstöd i e-tjänsten. Ring oss om du vill ha hjälp.";

        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("text", answer))
                .post("/api/cases/{id}/answers", caseId).then().statusCode(200);

        assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("svar.till.mig@example.test");
        assertThat(mail.getSubject()).contains(reference(caseId));
        assertThat(mail.getContent().toString()).contains(answer);
        ContactCase answered = QuarkusTransaction.requiringNew().call(() -> ContactCase.findById(caseId));
        assertThat(answered.firstResponseAt).isNotNull();
        assertThat(answerOf(caseId).deliveredAt).isEqualTo(answered.firstResponseAt);
        assertThat(types(caseId)).containsExactly("opened", "first-response");
    }

    @Test
    void anAnswerSavedWhileTheMailServerIsDownArrivesWhenItIsBack() throws Exception {
        UUID caseId = askByForm("vantar@example.test");
        UUID feedbackId = feedbackWithMail("synpunkt@example.test");

        given().auth().oauth2(agent).contentType(ContentType.JSON).body(Map.of("text", "Svar på frågan"))
                .post("/api/cases/{id}/answers", caseId).then().statusCode(200);
        given().auth().oauth2(handler).contentType(ContentType.JSON).body(Map.of("text", "Svar på synpunkten"))
                .post("/api/feedback/{id}/answer", feedbackId).then().statusCode(200);

        // Saved, not sent: the clocks run on.
        assertThat(answerOf(caseId).deliveredAt).isNull();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ContactCase.<ContactCase>findById(caseId))
                .firstResponseAt).isNull();
        Feedback saved = QuarkusTransaction.requiringNew().call(() -> Feedback.findById(feedbackId));
        assertThat(saved.answerWrittenAt).isNotNull();
        assertThat(saved.answeredAt).isNull();
        assertThat(types(caseId)).containsExactly("opened");
        assertThat(types(feedbackId)).doesNotContain("answered");

        smtp.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> smtp.getReceivedMessages().length == 2);
        assertThat(smtp.getReceivedMessages()).extracting(mail -> mail.getAllRecipients()[0].toString())
                .containsExactlyInAnyOrder("vantar@example.test", "synpunkt@example.test");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(answerOf(caseId).deliveredAt).isNotNull();
            assertThat(QuarkusTransaction.requiringNew().call(() -> Feedback.<Feedback>findById(feedbackId))
                    .answeredAt).isAfter(saved.answerWrittenAt);
        });
        assertThat(types(caseId)).containsExactly("opened", "first-response");
        assertThat(types(feedbackId)).contains("answered");
    }

    private UUID askByForm(String email) {
        String reference = given().contentType(ContentType.JSON)
                .body(Map.of("category", "FINANCIAL_AID", "question", "Hur ansöker jag om bistånd?",
                        "name", "Test Testsson", "contact", email))
                .post("/api/contact-requests").then().statusCode(201).extract().path("reference");
        return QuarkusTransaction.requiringNew().call(() -> ContactCase.<ContactCase>find("reference", reference)
                .singleResult().id);
    }

    private UUID feedbackWithMail(String email) {
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("kind", "COMPLAINT", "unit", "ELDERLY", "text", "Ingen ringde tillbaka.",
                        "anonymous", false, "contact", email))
                .post("/api/feedback").then().statusCode(201).extract().header("Location");
        return UUID.fromString(location.replaceAll(".*/", ""));
    }

    private static String reference(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> ContactCase.<ContactCase>findById(caseId).reference);
    }

    private static CaseEntry answerOf(UUID caseId) {
        return QuarkusTransaction.requiringNew().call(() -> CaseEntry.of(caseId).getFirst());
    }

    private static List<String> types(UUID aggregate) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxEvent.<OutboxEvent>list(
                "aggregateId = ?1 order by createdAt", aggregate).stream()
                .map(row -> row.type.replaceAll("^se\\.socialkontakt\\.(contact\\.case|feedback)\\.|\\.v1$", ""))
                .toList());
    }
}
