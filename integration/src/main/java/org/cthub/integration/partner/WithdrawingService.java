package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.ServiceOffering;
import org.cthub.persistence.partner.ServiceOfferings;

/** An organisation stops offering a service; the audit log keeps what it was. */
@ApplicationScoped
public class WithdrawingService {

    @Inject
    ServiceOfferings offerings;

    @Inject
    AuditTrail audit;

    @Transactional
    public void withdraw(String actor, UUID organisationId, UUID offeringId) {
        ServiceOffering offering = offerings.get(organisationId, offeringId);
        offerings.remove(offering);
        audit.record(actor, "service.withdrawn", AuditTargets.SERVICE_OFFERING, offeringId, ServiceAudit.describe(offering));
    }
}
