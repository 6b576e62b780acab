package se.socialkontakt.housing.casesystem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.socialkontakt.events.HousingApplicationStatus;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.housing.application.ApplicationFixture;
import se.socialkontakt.testsupport.CaseSystemIntake;
import se.socialkontakt.testsupport.KeycloakTokens;
import se.socialkontakt.testsupport.LockWaits;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/** A case system that is down, then loses its answer, then is back: the application is registered exactly once. */
@QuarkusTest
@WithTestResource(value = CaseSystemStandIn.class, scope = TestResourceScope.GLOBAL)
class CaseSystemExportTest {
    @Inject
    CaseSystemExport export;

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void caseSystemBackUp() {
        CaseSystemStandIn.mode(CaseSystemIntake.Mode.UP);
    }

    @Test
    void failureThenRecoveryDeliversExactlyOnce() throws IOException {
        UUID id = UUID.fromString(ApplicationFixture.submitted(KeycloakTokens.accessTokenOf("resident")));

        CaseSystemStandIn.mode(CaseSystemIntake.Mode.DOWN);
        export.exportDue();
        assertThat(status(id)).isEqualTo(HousingApplicationStatus.SUBMITTED);
        String key = idempotencyKey(id);
        assertThat(CaseSystemStandIn.casesFor(key)).isZero();

        CaseSystemStandIn.mode(CaseSystemIntake.Mode.LOSES_ANSWER);
        makeDue(id);
        export.exportDue();
        assertThat(CaseSystemStandIn.casesFor(key)).as("stored, but the receipt was lost").isEqualTo(1);
        assertThat(status(id)).isEqualTo(HousingApplicationStatus.SUBMITTED);

        CaseSystemStandIn.mode(CaseSystemIntake.Mode.UP);
        makeDue(id);
        export.exportDue();
        assertThat(CaseSystemStandIn.casesFor(key)).as("the retry is the same case").isEqualTo(1);
        assertThat(status(id)).isEqualTo(HousingApplicationStatus.REGISTERED);
        Application registered = QuarkusTransaction.requiringNew().call(() -> Application.findById(id));
        assertThat(registered.caseSystemId).startsWith("TRE-");
        assertThat(CaseSystemStandIn.documentFor(key)).contains("\"pdfBase64\":\"JVBER")
                .contains("\"subjectIdentityNumber\":\"191212121212\"");
        assertThat(pdfText(CaseSystemStandIn.documentFor(key)))
                .contains("Ansökan om särskilt boende enligt socialtjänstlagen", registered.reference);

        makeDue(id);
        assertThat(export.exportDue()).as("nothing is delivered twice").isZero();
    }

    /**
     * Two instances queue a new submission at the same moment. The second's insert waits for the first's to commit and
     * must then leave it be, not fail the run: in FaultHarnessIT (two instances of every service) one instance's
     * export logged a duplicate key of case_system_export with its stack trace.
     */
    @Test
    void anotherInstanceQueueingTheSameSubmissionAtOnceFailsNoRun() throws Exception {
        UUID id = UUID.fromString(ApplicationFixture.submitted(KeycloakTokens.accessTokenOf("resident")));
        try (Connection otherInstance = dataSource.getConnection()) {
            otherInstance.setAutoCommit(false);
            try (PreparedStatement queue = otherInstance.prepareStatement("""
                    INSERT INTO case_system_export (application_id, idempotency_key, next_attempt_at)
                    VALUES (?, gen_random_uuid(), now() + interval '1 hour')""")) {
                queue.setObject(1, id);
                queue.executeUpdate();
            }
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(export::exportDue);
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> run.isDone() || LockWaits.aStatementWaitsForALock(dataSource));
            otherInstance.commit();
            assertThatCode(() -> run.get(30, TimeUnit.SECONDS)).doesNotThrowAnyException();
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "SELECT count(*) FROM case_system_export WHERE application_id = ?1").setParameter(1, id)
                .getSingleResult()).longValue())).isEqualTo(1);
    }

    /** The text a reader of the archived PDF sees (a PDF/UA document without an embedded font would have none). */
    private static String pdfText(String document) throws IOException {
        Matcher pdf = Pattern.compile("\"pdfBase64\":\"([^\"]+)\"").matcher(document);
        assertThat(pdf.find()).isTrue();
        try (PDDocument rendition = Loader.loadPDF(Base64.getDecoder().decode(pdf.group(1)))) {
            return new PDFTextStripper().getText(rendition);
        }
    }

    private HousingApplicationStatus status(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> Application.<Application>findById(id).status);
    }

    private String idempotencyKey(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT idempotency_key FROM case_system_export WHERE application_id = ?1", UUID.class)
                .setParameter(1, id).getSingleResult().toString());
    }

    private void makeDue(UUID id) {
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "UPDATE case_system_export SET next_attempt_at = now() - interval '1 second' WHERE application_id = ?1")
                .setParameter(1, id).executeUpdate());
    }
}
