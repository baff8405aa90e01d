package org.cthub.integration.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;

/**
 * {@link PartnerSystems} read straight from the directory's {@code partner_system} table with a native
 * query, because the directory's entities are built elsewhere; swap this class for an adapter over the
 * directory's repository once both meet.
 */
@ApplicationScoped
public class PartnerSystemTable implements PartnerSystems {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    @Override
    public boolean exists(UUID organisationId, UUID partnerSystemId) {
        Number matches = (Number) em.createNativeQuery(
                        "select count(*) from partner_system where id = ?1 and organisation_id = ?2")
                .setParameter(1, partnerSystemId)
                .setParameter(2, organisationId)
                .getSingleResult();
        return matches.longValue() > 0;
    }
}
