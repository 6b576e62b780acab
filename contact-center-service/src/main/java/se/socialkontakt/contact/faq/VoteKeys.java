package se.socialkontakt.contact.faq;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import se.socialkontakt.support.idempotency.IdempotencyKey;
import se.socialkontakt.support.unavailable.SkipsRunWhileDatabaseUnreachable;

import java.time.Clock;
import java.time.Duration;

/**
 * The keys of the votes counted lately. A vote only adds to a count, so there is no row to carry its key: the key is
 * kept here for a day, longer than any client retries a request.
 */
@ApplicationScoped
class VoteKeys {
    private static final Duration KEPT = Duration.ofDays(1);

    private final EntityManager entityManager;
    private final Clock clock;

    VoteKeys(EntityManager entityManager, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /**
     * Whether this is the first vote with the key; stores the key in the vote's transaction. A vote with the same key
     * at the same moment waits for this one's transaction and then finds the key taken.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    boolean firstUse(IdempotencyKey key) {
        return entityManager.createNativeQuery("""
                        INSERT INTO faq_vote_key (idempotency_key, voted_at) VALUES (?1, ?2)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .setParameter(1, key.value()).setParameter(2, clock.instant()).executeUpdate() == 1;
    }

    @Scheduled(every = "1h")
    @Transactional
    @SkipsRunWhileDatabaseUnreachable
    void forgetOld() {
        entityManager.createNativeQuery("DELETE FROM faq_vote_key WHERE voted_at < ?1")
                .setParameter(1, clock.instant().minus(KEPT)).executeUpdate();
    }
}
