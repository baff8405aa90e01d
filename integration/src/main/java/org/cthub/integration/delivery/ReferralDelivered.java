package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.referral.Referrals;

/**
 * The first delivery of the referral that reaches a system of its recipient moves it from submitted to
 * delivered; a copy that reaches a focal point, or an escalation, does not.
 */
@ApplicationScoped
public class ReferralDelivered {

    @Inject
    Referrals referrals;

    void record(Delivery delivery, Instant now) {
        if (delivery.messageType() == MessageType.REFERRAL) {
            referrals.markDelivered(delivery.referralId(), delivery.recipientOrganisation(), now);
        }
    }
}
