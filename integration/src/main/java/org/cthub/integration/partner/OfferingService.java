package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.ServiceOffering;
import org.cthub.persistence.partner.ServiceOfferings;

/** An organisation lists a kind of assistance it offers somewhere, so others can refer people to it. */
@ApplicationScoped
public class OfferingService {

    @Inject
    Organisations organisations;

    @Inject
    ServiceOfferings offerings;

    @Inject
    AuditTrail audit;

    @Transactional
    public ServiceOffering offer(String actor, UUID organisationId, ServiceDetails details) {
        organisations.get(organisationId);
        ServiceOffering offering = new ServiceOffering(organisationId, details.type(), details.countryCode(),
                details.place(), details.capacity());
        offerings.add(offering);
        audit.record(actor, "service.offered", AuditTargets.SERVICE_OFFERING, offering.id(), ServiceAudit.describe(offering));
        return offering;
    }
}
