package org.cthub.persistence.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes pending changes now, inside the use case, so that a concurrent update caught by {@code @Version}
 * surfaces as {@link StaleVersion} (412) rather than as a failed commit after the use case returned.
 */
@ApplicationScoped
public class ConcurrentChanges {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void flush(String what, Object id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new StaleVersion(what, id);
        }
    }
}
