package org.cthub.persistence.partner;

import java.util.Collection;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/** What each organisation offers, where. */
@ApplicationScoped
public class ServiceOfferings {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(ServiceOffering offering) {
        em.persist(offering);
    }

    public void remove(ServiceOffering offering) {
        em.remove(offering);
    }

    public List<ServiceOffering> of(UUID organisationId) {
        return em.createQuery("select s from ServiceOffering s where s.organisationId = :org"
                + " order by s.assistanceType, s.country, s.place", ServiceOffering.class)
                .setParameter("org", organisationId).getResultList();
    }

    /** What is offered in the country of any of these types, for routing by the service directory. */
    public List<ServiceOffering> inCountry(CountryCode country, Collection<AssistanceType> types) {
        if (types.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from ServiceOffering s where s.country = :country and s.assistanceType in :types"
                + " order by s.organisationId, s.assistanceType, s.place", ServiceOffering.class)
                .setParameter("country", country).setParameter("types", types).getResultList();
    }

    public ServiceOffering get(UUID organisationId, UUID offeringId) {
        ServiceOffering offering = em.find(ServiceOffering.class, offeringId);
        if (offering == null || !offering.organisationId().equals(organisationId)) {
            throw new RecordNotFound("Service offering", offeringId);
        }
        return offering;
    }
}
