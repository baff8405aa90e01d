package org.cthub.persistence.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** The audit log's repository: append inside the caller's transaction, seal into the chain after, read in order. */
@ApplicationScoped
public class AuditLog {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    /**
     * Appends one entry in the caller's transaction: if the change rolls back, so does its audit line. The
     * entry is sealed into the hash chain after the commit ({@link #sealPending}); writing it takes no lock,
     * so audited transactions of all nodes run side by side instead of one after another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEntry append(String actor, String action, String targetType, String targetId, String details) {
        AuditEntry entry = new AuditEntry(Instant.now(), actor, action, targetType, targetId, details);
        em.persist(entry);
        return entry;
    }

    /**
     * Writes entries recorded outside any transaction in one transaction of their own, committed before this
     * returns; they are sealed into the chain after, like any other entry.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void appendAll(List<AuditEntry> entries) {
        entries.forEach(em::persist);
    }

    /** Whether any committed entry waits to be sealed; takes no lock. */
    public boolean hasPending() {
        return !em.createQuery("select e.id from AuditEntry e where e.chainPosition is null", Long.class)
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Seals up to {@code limit} committed entries into the chain, oldest id first, in one transaction under
     * the head's lock (a sealer on another node waits, then finds what is left); returns how many. An entry
     * whose transaction commits later than a newer one is simply sealed after it: the chain's order is the
     * order of sealing.
     */
    @Transactional
    public int sealPending(int limit) {
        AuditChainHead head = em.find(AuditChainHead.class, 1, LockModeType.PESSIMISTIC_WRITE);
        List<AuditEntry> pending = em.createQuery(
                        "select e from AuditEntry e where e.chainPosition is null order by e.id", AuditEntry.class)
                .setMaxResults(limit)
                .getResultList();
        pending.forEach(head::seal);
        return pending.size();
    }

    /** Sealed entries after the given chain position, in chain order, at most {@code limit}. */
    public List<AuditEntry> after(long afterPosition, int limit) {
        return em.createQuery("select e from AuditEntry e where e.chainPosition > :after order by e.chainPosition",
                        AuditEntry.class)
                .setParameter("after", afterPosition)
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
