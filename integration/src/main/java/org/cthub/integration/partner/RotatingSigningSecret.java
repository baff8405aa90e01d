package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.PartnerSystem;
import org.cthub.persistence.partner.PartnerSystems;

/**
 * A partner replaces its webhook signing secret (after a leak, or on schedule). The new secret is returned
 * once; deliveries signed from now on use it and the old one stops verifying.
 */
@ApplicationScoped
public class RotatingSigningSecret {

    @Inject
    PartnerSystems systems;

    @Inject
    AuditTrail audit;

    @Transactional
    public PartnerSystem rotate(String actor, UUID organisationId, UUID systemId) {
        PartnerSystem system = systems.get(organisationId, systemId);
        system.rotateSigningSecret();
        audit.record(actor, "partner-system.signing-secret-rotated", AuditTargets.PARTNER_SYSTEM, systemId,
                "signing secret replaced");
        return system;
    }
}
