package se.socialkontakt.housing.casesystem;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import se.socialkontakt.housing.application.Application;
import se.socialkontakt.housing.application.ApplicationService;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Delivers every submitted application to the case system, exactly once: each gets an idempotency key when it is
 * queued, kept across retries; a failed delivery is retried with a growing pause; the application becomes
 * "registered in the case system" only when a receipt comes back.
 */
@ApplicationScoped
public class CaseSystemExport {
    private static final Duration FIRST_PAUSE = Duration.ofSeconds(5);
    private static final Duration LONGEST_PAUSE = Duration.ofMinutes(10);
    private static final int BATCH = 20;

    private final CaseSystemClient caseSystem;
    private final PdfRendition pdf;
    private final ApplicationService applications;
    private final EntityManager entityManager;
    private final Clock clock;

    CaseSystemExport(@RestClient CaseSystemClient caseSystem, PdfRendition pdf, ApplicationService applications,
            EntityManager entityManager, Clock clock) {
        this.caseSystem = caseSystem;
        this.pdf = pdf;
        this.applications = applications;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(every = "${socialkontakt.case-system.export-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void run() {
        exportDue();
    }

    /** Queues new submissions and attempts every delivery that is due; returns how many were delivered. */
    @SuppressWarnings("unchecked")
    public int exportDue() {
        Instant now = clock.instant();
        // Another instance may queue the same submission at the same moment: its row, committed while this insert
        // waited for it, stands, with its key.
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                INSERT INTO case_system_export (application_id, idempotency_key, next_attempt_at)
                SELECT a.id, gen_random_uuid(), ?1 FROM application a
                WHERE a.submitted_at IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM case_system_export e WHERE e.application_id = a.id)
                ON CONFLICT (application_id) DO NOTHING""")
                .setParameter(1, now).executeUpdate());
        List<Object[]> due = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                SELECT application_id, idempotency_key, attempts FROM case_system_export
                WHERE delivered_at IS NULL AND next_attempt_at <= ?1 ORDER BY next_attempt_at LIMIT ?2""")
                .setParameter(1, now).setParameter(2, BATCH).getResultList());
        int delivered = 0;
        for (Object[] row : due) {
            if (deliver((UUID) row[0], (UUID) row[1], ((Number) row[2]).intValue())) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean deliver(UUID applicationId, UUID key, int attempts) {
        try {
            CaseSystemDocument document = QuarkusTransaction.requiringNew().call(() -> document(applicationId));
            CaseSystemClient.Receipt receipt = caseSystem.deliver(key.toString(), document);
            QuarkusTransaction.requiringNew().run(() -> {
                entityManager.createNativeQuery("""
                        UPDATE case_system_export SET delivered_at = ?1, receipt = ?2, attempts = attempts + 1,
                        last_error = NULL WHERE application_id = ?3""")
                        .setParameter(1, clock.instant()).setParameter(2, receipt.caseId())
                        .setParameter(3, applicationId).executeUpdate();
                applications.registered(applicationId, receipt.caseId());
            });
            return true;
        } catch (RuntimeException e) {
            Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempts, 10));
            Instant next = clock.instant().plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause);
            Log.warnf("Delivery of application %s to the case system failed (attempt %d): %s", applicationId,
                    attempts + 1, e.getMessage());
            String error = String.valueOf(e.getMessage());
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery("""
                    UPDATE case_system_export SET attempts = attempts + 1, next_attempt_at = ?1, last_error = ?2
                    WHERE application_id = ?3""")
                    .setParameter(1, next).setParameter(2, error.length() > 500 ? error.substring(0, 500) : error)
                    .setParameter(3, applicationId).executeUpdate());
            return false;
        }
    }

    private CaseSystemDocument document(UUID applicationId) {
        Application a = Application.findById(applicationId);
        return new CaseSystemDocument(a.id, a.reference, a.channel, a.submittedAt, a.applicantRole,
                a.ownerIdentityNumber, a.subjectIdentityNumber, a.answers,
                Base64.getEncoder().encodeToString(pdf.render(a)));
    }
}
