package org.cthub.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The audit log's repository: append inside the caller's transaction, read in order. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    /** Appends one entry in the caller's transaction: if the change rolls back, so does its audit line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(String actor, String action, String targetType, String targetId, String details) {
        // Write the caller's changes before taking the chain's lock, not after: the lock is held until commit and
        // puts every audited transaction of every node in one line, so it must cover as little work as it can
        // (bench/README.md: a referral's flush of some 40 rows used to happen under it).
        em.flush();
        AuditChainHead head = em.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        AuditEntry entry = head.append(Instant.now(), actor, action, targetType, targetId, details);
        em.persist(entry);
        return entry;
    }

    /** Entries after the given id, oldest first, at most {@code limit}. */
    public List<AuditEntry> after(long afterId, int limit) {
        return em.createQuery("select e from AuditEntry e where e.id > :after order by e.id", AuditEntry.class)
                .setParameter("after", afterId)
                .setMaxResults(limit)
                .getResultList();
    }

    /** Entries about one record, oldest first. */
    public List<AuditEntry> about(String targetType, String targetId, int limit) {
        return em.createQuery("select e from AuditEntry e where e.targetType = :type and e.targetId = :id order by e.id",
                        AuditEntry.class)
                .setParameter("type", targetType)
                .setParameter("id", targetId)
                .setMaxResults(limit)
                .getResultList();
    }
}
