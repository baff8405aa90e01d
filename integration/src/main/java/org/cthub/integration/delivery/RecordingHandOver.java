package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.DeliveryStatus;
import org.cthub.persistence.support.Codes;

/**
 * Records what a channel made of a claimed delivery, in a short transaction of its own. A node whose lease
 * ran out records nothing: another node has taken the delivery over, and at-least-once allows the repeat.
 */
@ApplicationScoped
public class RecordingHandOver {

    static final String HUB = "system";

    @Inject
    Deliveries deliveries;

    @Inject
    DeliverySettings settings;

    @Inject
    ReferralDelivered referralDelivered;

    @Inject
    AuditTrail audit;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(ClaimedDelivery claimed, HandOver result, Instant now) {
        Delivery delivery = deliveries.lock(claimed.deliveryId()).orElse(null);
        if (delivery == null || !delivery.leasedBy(claimed.leaseOwner(), now)) {
            return false;
        }
        switch (result.outcome()) {
            case DELIVERED -> {
                delivery.delivered(now);
                referralDelivered.record(delivery, now);
            }
            case AWAITING_ACK -> delivery.awaitAcknowledgement();
            case FAILED -> {
                delivery.failed(result.failure(), now, settings.backoff(), () -> ThreadLocalRandom.current().nextDouble());
                if (delivery.status() == DeliveryStatus.DEAD_LETTERED) {
                    audit.record(HUB, DeliveryAudit.DEAD_LETTERED, DeliveryAudit.TARGET, delivery.id(), delivery.subject()
                            + "; partnerSystem=" + delivery.partnerSystemId() + "; attempts=" + delivery.attempts()
                            + "; channel=" + Codes.of(delivery.channel()));
                }
            }
        }
        return true;
    }
}
