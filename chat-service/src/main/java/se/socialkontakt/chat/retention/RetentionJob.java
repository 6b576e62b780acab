package se.socialkontakt.chat.retention;

import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Clock;
import java.time.Instant;

/**
 * Erases transcripts when their time comes: messages, notes and supervisors' joins are deleted, and the
 * conversation keeps only what the statistics already have (times, bands, topics). A preserved transcript waits
 * until its preservation ends.
 */
@ApplicationScoped
public class RetentionJob {
    private final EntityManager entityManager;
    private final Clock clock;

    RetentionJob(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    @Scheduled(every = "${socialkontakt.chat.retention.run-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @SkipsRunWhileDatabaseUnreachable
    void run() {
        int erased = eraseDue();
        if (erased > 0) {
            Log.infof("Erased %d chat transcripts", erased);
        }
    }

    /** Erases every transcript that is due and not preserved; returns how many. */
    public int eraseDue() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = clock.instant();
            String due = """
                    SELECT id FROM conversation WHERE erased_at IS NULL AND erase_at <= ?1
                    AND (preserved_until IS NULL OR preserved_until <= ?1) FOR UPDATE SKIP LOCKED""";
            var ids = entityManager.createNativeQuery(due, java.util.UUID.class).setParameter(1, now).getResultList();
            if (ids.isEmpty()) {
                return 0;
            }
            for (String table : new String[] { "chat_message", "chat_note", "conversation_supervisor" }) {
                entityManager.createNativeQuery("DELETE FROM " + table + " WHERE conversation_id IN (?1)")
                        .setParameter(1, ids).executeUpdate();
            }
            entityManager.createNativeQuery("""
                    UPDATE conversation SET erased_at = ?1, token_hash = NULL, fingerprint = NULL, browser_key_hash = NULL,
                    fingerprint_day = NULL, preserved_reason = NULL WHERE id IN (?2)""")
                    .setParameter(1, now).setParameter(2, ids).executeUpdate();
            return ids.size();
        });
    }
}
