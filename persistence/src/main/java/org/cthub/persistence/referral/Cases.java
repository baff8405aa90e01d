package org.cthub.persistence.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.support.crypto.KeyedHash;

/**
 * The cases referrals belong to. A referring organisation's own case reference finds its case again through
 * the keyed hash; the reference itself never reaches the database.
 */
@ApplicationScoped
public class Cases {

    static final String HASH_PURPOSE = "cthub/case-reference/v1";

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    /** The organisation's case for its own reference, opened now if it has none; a fresh case without one. */
    public Case forReference(UUID organisation, String ownReference) {
        if (ownReference == null || ownReference.isBlank()) {
            return open(new Case(organisation, null));
        }
        KeyedHash hash = KeyedHash.forPurpose(HASH_PURPOSE);
        String key = Case.referenceKey(organisation, ownReference);
        Optional<Case> known = em.createQuery("select c from ReferralCase c where c.referenceHash in :hashes", Case.class)
                .setParameter("hashes", hash.all(key)).getResultStream().findFirst();
        return known.orElseGet(() -> open(new Case(organisation, hash.current(key))));
    }

    private Case open(Case created) {
        em.persist(created);
        return created;
    }
}
