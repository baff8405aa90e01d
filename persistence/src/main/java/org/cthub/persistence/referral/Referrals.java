package org.cthub.persistence.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/**
 * The referrals. Reads are scoped: a partner reaches only those it sent or received, and a referral it is
 * not party to is "not found", because even its existence is sensitive.
 */
@ApplicationScoped
public class Referrals {

    private static final String PARTY = " where r.referringOrganisation = :org or r.referredOrganisation = :org";

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(Referral referral) {
        em.persist(referral);
    }

    /** Any referral, for the hub operator and for the hub's own work. */
    public Referral get(UUID id) {
        Referral referral = em.find(Referral.class, id);
        if (referral == null) {
            throw new RecordNotFound("Referral", id);
        }
        return referral;
    }

    /** A referral the organisation sent or received; any other is not found. */
    public Referral getForParty(UUID id, UUID organisation) {
        Referral referral = em.find(Referral.class, id);
        if (referral == null || organisation == null || !referral.isPartyTo(organisation)) {
            throw new RecordNotFound("Referral", id);
        }
        return referral;
    }

    /** A referral the organisation is party to, row-locked so that its events are numbered one change at a time. */
    public Referral lockForParty(UUID id, UUID organisation) {
        Referral referral = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null || organisation == null || !referral.isPartyTo(organisation)) {
            throw new RecordNotFound("Referral", id);
        }
        return referral;
    }

    /** One page of the referrals the organisation sent or received, newest first; all of them when it is null. */
    public List<Referral> page(UUID organisation, int offset, int limit) {
        TypedQuery<Referral> query = em.createQuery("select r from Referral r" + (organisation == null ? "" : PARTY)
                + " order by r.submittedAt desc, r.id", Referral.class);
        if (organisation != null) {
            query.setParameter("org", organisation);
        }
        return query.setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UUID organisation) {
        TypedQuery<Long> query = em.createQuery("select count(r) from Referral r" + (organisation == null ? "" : PARTY), Long.class);
        if (organisation != null) {
            query.setParameter("org", organisation);
        }
        return query.getSingleResult();
    }
}
