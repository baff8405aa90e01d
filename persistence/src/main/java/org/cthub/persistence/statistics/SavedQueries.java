package org.cthub.persistence.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;
import org.cthub.persistence.support.RowLocking;

/** Saved queries, each reachable only by its organisation: any other is "not found". */
@ApplicationScoped
public class SavedQueries {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(SavedQuery query) {
        em.persist(query);
    }

    /** The organisation's query, not deleted; row-locked when a run is to be numbered. */
    public SavedQuery get(UUID id, UUID organisation, boolean lock) {
        SavedQuery query = em.find(SavedQuery.class, id, lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE);
        if (query == null || query.deleted() || !query.organisation().equals(organisation)) {
            throw new RecordNotFound("Saved query", id);
        }
        return query;
    }

    /** Any query, deleted or not: what a delivery about one of its runs renders. */
    public SavedQuery get(UUID id) {
        SavedQuery query = em.find(SavedQuery.class, id);
        if (query == null) {
            throw new RecordNotFound("Saved query", id);
        }
        return query;
    }

    public List<SavedQuery> of(UUID organisation, int offset, int limit) {
        return em.createQuery("select q from SavedQuery q where q.organisation = :org and q.deleted = false order by q.createdAt, q.id",
                SavedQuery.class).setParameter("org", organisation).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UUID organisation) {
        return em.createQuery("select count(q) from SavedQuery q where q.organisation = :org and q.deleted = false", Long.class)
                .setParameter("org", organisation).getSingleResult();
    }

    /** Up to {@code limit} queries due to run, row-locked and skipped when another node holds them. */
    public List<SavedQuery> lockDue(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery("select id from saved_query where deleted = false and next_run_at <= :now"
                        + " order by next_run_at, id limit " + limit + " " + RowLocking.of(em).skipLocked())
                .setParameter("now", now).getResultList();
        return ids.stream().map(id -> em.find(SavedQuery.class, id instanceof UUID uuid ? uuid : UUID.fromString(id.toString())))
                .filter(query -> query != null && !query.deleted() && query.nextRunAt() != null && !query.nextRunAt().isAfter(now))
                .toList();
    }
}
