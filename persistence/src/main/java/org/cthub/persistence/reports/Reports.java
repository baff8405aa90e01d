package org.cthub.persistence.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/**
 * The reports. Reads are scoped like drafts: an organisation reaches only its own reports, and any other is
 * "not found"; a null organisation is the hub operator (or a secretariat, after its own check), who reaches all.
 */
@ApplicationScoped
public class Reports {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(Report report) {
        em.persist(report);
    }

    /** Writes what is pending now, so a refusal by the database surfaces before anything outside it happens. */
    public void flush() {
        em.flush();
    }

    public Report getVisible(UUID id, UUID organisation) {
        Report report = em.find(Report.class, id);
        if (report == null || !report.isVisibleTo(organisation)) {
            throw new RecordNotFound("Report", id);
        }
        return report;
    }

    /** The report, row-locked, so two uploads or two reviews of it happen one at a time. */
    public Report lockVisible(UUID id, UUID organisation) {
        Report report = getVisible(id, organisation);
        em.lock(report, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(report);
        return report;
    }

    /** A version by id, row-locked: one import at a time takes it. */
    public ReportVersion lockVersion(UUID versionId) {
        ReportVersion version = em.find(ReportVersion.class, versionId, LockModeType.PESSIMISTIC_WRITE);
        if (version == null) {
            throw new RecordNotFound("Report version", versionId);
        }
        return version;
    }

    /** One page of the reports of the organisation (all for null), or of the working group when given; latest change first. */
    public List<Report> page(UUID organisation, UUID workingGroup, int offset, int limit) {
        return scoped(em.createQuery("select r from Report r where 1 = 1" + where(organisation, workingGroup)
                + " order by r.updatedAt desc, r.id", Report.class), organisation, workingGroup)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UUID organisation, UUID workingGroup) {
        return scoped(em.createQuery("select count(r) from Report r where 1 = 1" + where(organisation, workingGroup), Long.class),
                organisation, workingGroup).getSingleResult();
    }

    /** Versions whose import has not finished, for a node that restarts to take up again the ones it spooled. */
    public List<UUID> unfinishedVersions(java.time.Instant submittedBefore) {
        return em.createQuery("select v.id from ReportVersion v where v.state in :states and v.submittedAt < :before", UUID.class)
                .setParameter("states", List.of(ImportState.QUEUED, ImportState.RUNNING)).setParameter("before", submittedBefore)
                .getResultList();
    }

    private static String where(UUID organisation, UUID workingGroup) {
        return (organisation == null ? "" : " and r.organisation = :org") + (workingGroup == null ? "" : " and r.workingGroup = :group");
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, UUID organisation, UUID workingGroup) {
        if (organisation != null) {
            query.setParameter("org", organisation);
        }
        if (workingGroup != null) {
            query.setParameter("group", workingGroup);
        }
        return query;
    }
}
