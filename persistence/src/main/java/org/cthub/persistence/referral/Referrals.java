package org.cthub.persistence.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;
import org.hibernate.query.NativeQuery;

/**
 * The referrals. Reads are scoped: a partner reaches only those it sent or received (or is the focal point of), and a referral it is
 * not party to is "not found", because even its existence is sensitive.
 */
@ApplicationScoped
public class Referrals {

    private static final String PARTY = " where (r.referringOrganisation = :org or r.referredOrganisation = :org"
            + " or r.focalPoint = :org)";

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(Referral referral) {
        em.persist(referral);
    }

    /**
     * Moves a submitted referral to delivered when {@code recipient} is its recipient, without loading it (the
     * hub's delivery path has no use for its personal fields, and loading would decrypt them all). The version
     * moves as with any change of the referral. True when it moved; false when it was not submitted (any more)
     * or the organisation is not its recipient (a focal point's copy).
     */
    public boolean markDelivered(UUID referralId, UUID recipient, Instant now) {
        // SQL, not JPQL: Hibernate translates a JPQL update anew on every execution, once per delivery here
        return em.createNativeQuery("update referral set status = :delivered, status_changed_at = :now, version = version + 1"
                        + " where id = :id and referred_organisation_id = :recipient and status = :submitted")
                .setParameter("delivered", ReferralStatus.DELIVERED.name())
                .setParameter("now", now.truncatedTo(ChronoUnit.MICROS))
                .setParameter("id", referralId)
                .setParameter("recipient", recipient)
                .setParameter("submitted", ReferralStatus.SUBMITTED.name())
                // touches the referral table only: Hibernate flushes and invalidates for it alone, not for everything
                .unwrap(NativeQuery.class).addSynchronizedEntityClass(Referral.class)
                .executeUpdate() == 1;
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
        return page(organisation, null, offset, limit);
    }

    public long count(UUID organisation) {
        return count(organisation, null);
    }

    /** As {@link #page(UUID, int, int)}, only those of one case (by its pseudonym) when {@code casePseudonym} is set. */
    public List<Referral> page(UUID organisation, String casePseudonym, int offset, int limit) {
        TypedQuery<Referral> query = em.createQuery("select r from Referral r" + where(organisation, casePseudonym)
                + " order by r.submittedAt desc, r.id", Referral.class);
        return scoped(query, organisation, casePseudonym).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    public long count(UUID organisation, String casePseudonym) {
        return scoped(em.createQuery("select count(r) from Referral r" + where(organisation, casePseudonym), Long.class),
                organisation, casePseudonym).getSingleResult();
    }

    private static String where(UUID organisation, String casePseudonym) {
        String byCase = " r.referralCase.pseudonym = :case";
        if (organisation == null) {
            return casePseudonym == null ? "" : " where" + byCase;
        }
        return PARTY + (casePseudonym == null ? "" : " and" + byCase);
    }

    private static <T> TypedQuery<T> scoped(TypedQuery<T> query, UUID organisation, String casePseudonym) {
        if (organisation != null) {
            query.setParameter("org", organisation);
        }
        if (casePseudonym != null) {
            query.setParameter("case", casePseudonym);
        }
        return query;
    }

    /**
     * Up to {@code limit} ids of referrals still unanswered that were submitted at or before the cut-off of their
     * urgency: candidates for expiry, checked again under a row lock before anything changes.
     */
    public List<UUID> unansweredSince(Instant standardCutoff, Instant rapidCutoff, int limit) {
        return em.createQuery("select r.id from Referral r where r.status in :awaiting and ("
                        + "(r.urgency = :rapid and r.submittedAt <= :rapidCutoff)"
                        + " or (r.urgency <> :rapid and r.submittedAt <= :standardCutoff)) order by r.submittedAt, r.id", UUID.class)
                .setParameter("awaiting", List.of(ReferralStatus.SUBMITTED, ReferralStatus.DELIVERED))
                .setParameter("rapid", Urgency.RAPID_RESPONSE)
                .setParameter("rapidCutoff", rapidCutoff).setParameter("standardCutoff", standardCutoff)
                .setMaxResults(limit).getResultList();
    }

    /** The referral, row-locked until the transaction ends, so two hub nodes never change it at once. */
    public Referral lock(UUID id) {
        Referral referral = em.find(Referral.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (referral == null) {
            throw new RecordNotFound("Referral", id);
        }
        return referral;
    }
}
