package org.cthub.persistence.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.support.RecordNotFound;

/** Partner systems, always reached through the organisation that owns them. */
@ApplicationScoped
public class PartnerSystems {

    @PersistenceContext(unitName = "cthub")
    EntityManager em;

    public void add(PartnerSystem system) {
        em.persist(system);
    }

    public List<PartnerSystem> of(UUID organisationId) {
        return em.createQuery("select s from PartnerSystem s where s.organisationId = :org order by s.name, s.id",
                PartnerSystem.class).setParameter("org", organisationId).getResultList();
    }

    /** The active SFTP systems of active organisations: where NGOs drop report files for the hub to collect. */
    public List<PartnerSystem> activeSftp() {
        return em.createQuery("select s from PartnerSystem s, Organisation o where o.id = s.organisationId and o.status = :active"
                        + " and s.channel = :sftp and s.status = :enabled order by s.id", PartnerSystem.class)
                .setParameter("active", OrganisationStatus.ACTIVE).setParameter("sftp", Channel.SFTP)
                .setParameter("enabled", SystemStatus.ACTIVE).getResultList();
    }

    /** The system, if it belongs to that organisation: another organisation's id is as good as unknown. */
    public PartnerSystem get(UUID organisationId, UUID systemId) {
        PartnerSystem system = em.find(PartnerSystem.class, systemId);
        if (system == null || !system.organisationId().equals(organisationId)) {
            throw new RecordNotFound("Partner system", systemId);
        }
        return system;
    }
}
