package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.delivery.Deliveries;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.ReferralEvent;
import org.cthub.persistence.referral.ReferralStatus;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.support.NotPermitted;

/**
 * The referring organisation withdraws its referral (the person found help elsewhere, went home, or the
 * referral was a mistake). Deliveries that have not arrived are cancelled for good, the systems that hold it
 * are told (a {@code referral-update} with status withdrawn), and from then on only the sender gets the
 * personal fields. Withdrawing a withdrawn referral changes nothing; a declined, completed or expired one
 * cannot be withdrawn (409 says why).
 */
@ApplicationScoped
public class WithdrawingReferral {

    @Inject
    Referrals referrals;

    @Inject
    Deliveries deliveries;

    @Inject
    NotifyingParties notifying;

    @Inject
    AuditTrail audit;

    @Transactional
    public Referral withdraw(String actor, UUID organisation, UUID referralId) {
        Referral referral = referrals.lockForParty(referralId, organisation);
        if (!referral.isSentBy(organisation)) {
            throw new NotPermitted("Only the referring organisation withdraws a referral; a recipient declines it");
        }
        if (referral.status() == ReferralStatus.WITHDRAWN) {
            return referral;
        }
        Instant now = Instant.now();
        referral.withdraw(now);
        // Row-locked: a node recording a hand-over waits, then finds its lease gone and records nothing.
        long cancelled = deliveries.lockOfReferral(referral.id()).stream().filter(delivery -> delivery.cancel("referral withdrawn")).count();
        ReferralEvent event = referral.recordStatusChange(null, now);
        int notified = notifying.notifyHolders(referral, event).size();
        audit.record(actor, ReferralAudit.WITHDRAWN, ReferralAudit.TARGET, referral.id(),
                "referredOrganisation=" + referral.referredOrganisation() + "; deliveriesCancelled=" + cancelled
                        + "; holderSystemsNotified=" + notified);
        return referral;
    }
}
