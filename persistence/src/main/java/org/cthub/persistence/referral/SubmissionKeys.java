package org.cthub.persistence.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;

/** The idempotency keys referring organisations have used, per organisation. */
@ApplicationScoped
public class SubmissionKeys {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(SubmissionKey key) {
        em.persist(key);
    }

    public Optional<SubmissionKey> find(UUID referringOrganisation, String key) {
        return em.createQuery("select k from SubmissionKey k where k.referringOrganisation = :org and k.key = :key",
                        SubmissionKey.class)
                .setParameter("org", referringOrganisation).setParameter("key", key)
                .getResultStream().findFirst();
    }
}
