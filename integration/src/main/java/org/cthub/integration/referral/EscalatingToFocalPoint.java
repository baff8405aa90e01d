package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.integration.delivery.OpeningDeliveries;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.referral.Referral;

/**
 * Nobody answered a referral in time: the focal point of the person's country hears of it (an escalation
 * message with metadata only) and becomes a party to the referral, so it can read it and act. Without a
 * reachable focal point the escalation is audited as missing, and the referral expires all the same.
 */
@ApplicationScoped
public class EscalatingToFocalPoint {

    @Inject
    FocalPoints focalPoints;

    @Inject
    OpeningDeliveries deliveries;

    @Inject
    AuditTrail audit;

    void escalate(Referral referral, Instant now) {
        FocalPoints.Reach reach = focalPoints.reach(referral);
        if (!reach.reachable()) {
            audit.record(AuditTrail.SYSTEM, ReferralAudit.ESCALATION_MISSED, ReferralAudit.TARGET, referral.id(),
                    "escalation: " + reach.missing());
            return;
        }
        referral.involveFocalPoint(reach.organisation());
        deliveries.toOrganisation(referral, reach.organisation(), MessageType.ESCALATION, now);
        audit.record(AuditTrail.SYSTEM, ReferralAudit.ESCALATED, ReferralAudit.TARGET, referral.id(),
                "focalPoint=" + reach.organisation() + "; country=" + referral.currentCountry());
    }
}
