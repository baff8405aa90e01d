package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;

/**
 * Where a referral's deliveries stand, for its sender and the hub operator; the caller has already been
 * found to be one of them.
 */
@ApplicationScoped
public class TrackingDeliveries {

    @Inject
    Deliveries deliveries;

    @Transactional
    public List<Delivery> ofReferral(UUID referralId) {
        return deliveries.ofReferral(referralId);
    }
}
