package se.socialkontakt.support.idempotency;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.Optional;
import java.util.function.Function;

/**
 * Makes a create happen once per key. The created row carries its key (unique per caller), and this finds the row
 * an earlier request with the same key created, in the create's own transaction. Two requests with one key at the
 * same moment are serialised by a transaction-scoped advisory lock on (kind, caller, key): the second waits until the
 * first commits and then finds its row, rather than failing on the unique index and having to start over.
 */
@ApplicationScoped
public class IdempotentCreates {
    private final EntityManager entityManager;

    IdempotentCreates(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * What the first request with this key created, looked up by {@code created}; empty without a key or when this is
     * the first, which then must store the key with its row before the transaction ends.
     *
     * @param kind   what is created, so that keys of different resources sharing a database never wait on each other
     * @param caller who asks ("" for nobody): the same key from someone else is someone else's create
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> firstCreated(String kind, String caller, Optional<IdempotencyKey> key,
            Function<IdempotencyKey, Optional<T>> created) {
        return key.flatMap(k -> {
            entityManager.createNativeQuery("SELECT 1 FROM pg_advisory_xact_lock(hashtextextended(?1, 0))")
                    .setParameter(1, kind + '\n' + caller + '\n' + k.value()).getSingleResult();
            return created.apply(k);
        });
    }

    /** As above for an entity that stores its {@link IdempotentRequest} as {@code idempotency}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T> Optional<T> firstCreated(Class<T> entity, String caller, Optional<IdempotencyKey> key) {
        String name = entityManager.getMetamodel().entity(entity).getName();
        return firstCreated(name, caller, key, k -> entityManager.createQuery("from " + name
                        + " where idempotency.caller = ?1 and idempotency.idempotencyKey = ?2", entity)
                .setParameter(1, caller).setParameter(2, k.value()).getResultStream().findFirst());
    }
}
