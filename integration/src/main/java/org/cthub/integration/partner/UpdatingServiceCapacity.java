package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.ServiceOffering;
import org.cthub.persistence.partner.ServiceOfferings;
import org.cthub.persistence.support.ConcurrentChanges;
import org.cthub.persistence.support.VersionCheck;

/**
 * An organisation updates a service offering, most often its free capacity (daily for shelters). Saving
 * an unchanged capacity still confirms it, so readers see how fresh the figure is.
 */
@ApplicationScoped
public class UpdatingServiceCapacity {

    @Inject
    ServiceOfferings offerings;

    @Inject
    ConcurrentChanges changes;

    @Inject
    AuditTrail audit;

    @Transactional
    public ServiceOffering update(String actor, UUID organisationId, UUID offeringId, long expectedVersion,
            ServiceDetails details) {
        ServiceOffering offering = offerings.get(organisationId, offeringId);
        VersionCheck.require(expectedVersion, offering.version(), "Service offering", offeringId);
        List<String> changed = offering.describe(details.type(), details.countryCode(), details.place(), details.capacity());
        changes.flush("Service offering", offeringId);
        audit.record(actor, "service.updated", AuditTargets.SERVICE_OFFERING, offeringId,
                "changed=" + (changed.isEmpty() ? "none (confirmed)" : String.join(",", changed)) + "; "
                        + ServiceAudit.describe(offering));
        return offering;
    }
}
