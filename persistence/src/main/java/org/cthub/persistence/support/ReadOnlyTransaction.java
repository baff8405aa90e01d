package org.cthub.persistence.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

/**
 * For a transaction that only reads what it loads (a referral read for an API answer or for a delivery):
 * what it loads from here on is read-only, so Hibernate keeps no snapshot of it and does not dirty-check it
 * at commit. New entities it persists (an audit line) are still written.
 */
@ApplicationScoped
public class ReadOnlyTransaction {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void loadReadOnly() {
        em.unwrap(Session.class).setDefaultReadOnly(true);
    }
}
