package org.cthub.persistence.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/**
 * The report profiles. Reads are scoped: an organisation reaches only its own, any other is "not found"; a
 * null organisation is the hub operator, who reaches all. Removed profiles are found by nobody.
 */
@ApplicationScoped
public class ReportProfiles {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(ReportProfile profile) {
        em.persist(profile);
    }

    /** A profile by id, removed or not: a version imported with it still needs its layout. */
    public ReportProfile get(UUID id) {
        ReportProfile profile = em.find(ReportProfile.class, id);
        if (profile == null) {
            throw new RecordNotFound("Report profile", id);
        }
        return profile;
    }

    public ReportProfile getVisible(UUID id, UUID organisation) {
        ReportProfile profile = em.find(ReportProfile.class, id);
        if (profile == null || !profile.isVisibleTo(organisation)) {
            throw new RecordNotFound("Report profile", id);
        }
        return profile;
    }

    public List<ReportProfile> page(UUID organisation, int offset, int limit) {
        return scoped(em.createQuery("select p from ReportProfile p where p.removed = false" + where(organisation)
                + " order by p.name, p.id", ReportProfile.class), organisation)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UUID organisation) {
        return scoped(em.createQuery("select count(p) from ReportProfile p where p.removed = false" + where(organisation),
                Long.class), organisation).getSingleResult();
    }

    private static String where(UUID organisation) {
        return organisation == null ? "" : " and p.organisation = :org";
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, UUID organisation) {
        return organisation == null ? query : query.setParameter("org", organisation);
    }
}
