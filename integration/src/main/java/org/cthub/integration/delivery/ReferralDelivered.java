package org.cthub.integration.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.ReferralStatus;
import org.cthub.persistence.referral.Referrals;

/** The first delivery that reaches a recipient system moves its referral from submitted to delivered. */
@ApplicationScoped
public class ReferralDelivered {

    @Inject
    Referrals referrals;

    void record(Delivery delivery, Instant now) {
        if (delivery.messageType() != MessageType.REFERRAL) {
            return;
        }
        Referral referral = referrals.get(delivery.referralId());
        if (referral.status() == ReferralStatus.SUBMITTED) {
            referral.markDelivered(now);
        }
    }
}
