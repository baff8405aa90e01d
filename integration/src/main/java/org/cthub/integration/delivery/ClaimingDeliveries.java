package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.partner.Channel;

/**
 * Takes a batch of due deliveries under one lease, in a short transaction of its own: the row locks last
 * only for the claim, the lease for the hand-over. Only channels this hub can serve are claimed.
 */
@ApplicationScoped
public class ClaimingDeliveries {

    @Inject
    Deliveries deliveries;

    @Inject
    DeliverySettings settings;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ClaimedDelivery> claim(Collection<Channel> channels, Instant now, int limit) {
        UUID leaseOwner = UUID.randomUUID();
        return deliveries.lockDue(channels, now, Math.min(limit, settings.batchSize())).stream().map(delivery -> {
            delivery.lease(leaseOwner, now, settings.lease());
            return ClaimedDelivery.of(delivery, leaseOwner);
        }).toList();
    }
}
