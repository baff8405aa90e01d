package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.DeliveryStatus;

/**
 * A partner system acknowledges a message from its inbox: the delivery is done and leaves the inbox. Again
 * is harmless; another system's message is not found.
 */
@ApplicationScoped
public class AcknowledgingMessage {

    @Inject
    Deliveries deliveries;

    @Inject
    ReferralDelivered referralDelivered;

    @Inject
    AuditTrail audit;

    @Transactional
    public void acknowledge(InboxOwner.Owner owner, UUID messageId) {
        Delivery delivery = deliveries.getMessage(owner.partnerSystem(), messageId);
        if (delivery.status() == DeliveryStatus.DELIVERED) {
            return;
        }
        Instant now = Instant.now();
        delivery.acknowledge(now);
        referralDelivered.record(delivery, now);
        audit.record(owner.clientId(), DeliveryAudit.ACKNOWLEDGED, DeliveryAudit.TARGET, delivery.id(),
                "message=" + messageId + "; " + delivery.subject() + "; partnerSystem=" + owner.partnerSystem());
    }
}
