package org.cthub.persistence.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/** The follow-up reports of accepted reintegrations. */
@ApplicationScoped
public class FollowUps {

    private static final String OVERDUE = " from FollowUp f, Referral r where r.id = f.referralId"
            + " and f.submittedAt is null and f.dueAt < :now";
    private static final String PARTY = " and (r.referringOrganisation = :org or r.referredOrganisation = :org)";
    /** The secretariat's view of all overdue reports is of real referrals: sandbox ones stay with their parties. */
    private static final String REAL = " and r.referringOrganisation not in (select s.id from Organisation s where s.sandbox = true)";

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(FollowUp followUp) {
        em.persist(followUp);
    }

    public List<FollowUp> ofReferral(UUID referralId) {
        return em.createQuery("select f from FollowUp f where f.referralId = :referral order by f.sequence", FollowUp.class)
                .setParameter("referral", referralId).getResultList();
    }

    /** One report, row-locked for its submission. */
    public FollowUp lock(UUID referralId, int sequence) {
        return em.createQuery("select f from FollowUp f where f.referralId = :referral and f.sequence = :sequence", FollowUp.class)
                .setParameter("referral", referralId).setParameter("sequence", sequence)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> new RecordNotFound("Follow-up", sequence));
    }

    /** One page of overdue reports with their referrals, most overdue first; of one party's referrals, or of all when null. */
    public List<Object[]> overdue(UUID organisation, Instant now, int offset, int limit) {
        TypedQuery<Object[]> query = em.createQuery("select f, r" + OVERDUE + (organisation == null ? REAL : PARTY)
                + " order by f.dueAt, f.id", Object[].class).setParameter("now", now);
        if (organisation != null) {
            query.setParameter("org", organisation);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long overdueCount(UUID organisation, Instant now) {
        TypedQuery<Long> query = em.createQuery("select count(f)" + OVERDUE + (organisation == null ? REAL : PARTY), Long.class)
                .setParameter("now", now);
        if (organisation != null) {
            query.setParameter("org", organisation);
        }
        return query.getSingleResult();
    }

    /** Whether the organisation sits in the working group (as chair, co-chair or member). */
    public boolean sitsIn(UUID workingGroup, UUID organisation) {
        return em.createQuery("select count(g) from WorkingGroup g join g.members m where g.id = :group and m.organisationId = :org", Long.class)
                .setParameter("group", workingGroup).setParameter("org", organisation).getSingleResult() > 0;
    }
}
