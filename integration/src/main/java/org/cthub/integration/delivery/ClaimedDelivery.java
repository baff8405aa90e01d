package org.cthub.integration.delivery;

import java.util.UUID;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.partner.Channel;

/** A delivery this node holds under a lease: what a channel needs to hand it over, and the lease that proves it. */
public record ClaimedDelivery(UUID deliveryId, UUID messageId, MessageType type, UUID referralId, UUID partnerSystemId,
        Channel channel, int attempt, UUID leaseOwner) {

    static ClaimedDelivery of(Delivery delivery, UUID leaseOwner) {
        return new ClaimedDelivery(delivery.id(), delivery.messageId(), delivery.messageType(), delivery.referralId(),
                delivery.partnerSystemId(), delivery.channel(), delivery.attempts(), leaseOwner);
    }
}
