package org.cthub.persistence.legislation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/**
 * The drafts. Reads are scoped: an organisation reaches only the drafts it submitted, and any other is "not
 * found", so a draft's existence does not leak before it is shared for review. A null organisation is the
 * hub operator, who reaches all.
 */
@ApplicationScoped
public class LegislationDrafts {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(LegislationDraft draft) {
        em.persist(draft);
    }

    /** The organisation's draft of this work, row-locked so that two submissions number their versions one at a time. */
    public Optional<LegislationDraft> lockByWork(UUID organisation, String workUri) {
        return em.createQuery("select d.id from LegislationDraft d where d.organisation = :org and d.workUri = :work", UUID.class)
                .setParameter("org", organisation).setParameter("work", workUri).getResultStream().findFirst()
                .map(id -> em.find(LegislationDraft.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    /** A draft the organisation may see (any draft when it is null); any other is not found. */
    public LegislationDraft getVisible(UUID id, UUID organisation) {
        LegislationDraft draft = em.find(LegislationDraft.class, id);
        if (draft == null || (organisation != null && !draft.isVisibleTo(organisation))) {
            throw new RecordNotFound("Draft", id);
        }
        return draft;
    }

    /** One page of the drafts the organisation may see, most recently changed first. */
    public List<LegislationDraft> page(UUID organisation, int offset, int limit) {
        return scoped(em.createQuery("select d from LegislationDraft d" + where(organisation)
                + " order by d.updatedAt desc, d.id", LegislationDraft.class), organisation)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UUID organisation) {
        return scoped(em.createQuery("select count(d) from LegislationDraft d" + where(organisation), Long.class),
                organisation).getSingleResult();
    }

    private static String where(UUID organisation) {
        return organisation == null ? "" : " where d.organisation = :org";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, UUID organisation) {
        return organisation == null ? query : query.setParameter("org", organisation);
    }
}
