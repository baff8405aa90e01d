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
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.support.ConcurrentChanges;
import org.cthub.persistence.support.NotPermitted;

/**
 * The referring organisation records that the person withdrew consent. From that moment the recipient no
 * longer gets the personal fields; deliveries of the referral that have not arrived are cancelled for good,
 * and the recipient systems that already hold it are told to delete their copy. Withdrawing again changes
 * nothing and is not audited twice.
 */
@ApplicationScoped
public class WithdrawingConsent {

    @Inject
    Referrals referrals;

    @Inject
    Deliveries deliveries;

    @Inject
    NotifyingParties notifying;

    @Inject
    ConcurrentChanges changes;

    @Inject
    AuditTrail audit;

    @Transactional
    public Referral withdraw(String actor, UUID organisation, UUID referralId) {
        Referral referral = referrals.lockForParty(referralId, organisation);
        if (!referral.isSentBy(organisation)) {
            throw new NotPermitted("Only the referring organisation records a withdrawal of the person's consent");
        }
        Instant now = Instant.now();
        if (referral.consent().withdraw(now)) {
            // Row-locked: a node recording a hand-over waits, then finds its lease gone and records nothing.
            long cancelled = deliveries.lockOfReferral(referral.id()).stream().filter(delivery -> delivery.cancel("consent withdrawn")).count();
            ReferralEvent event = referral.recordConsentWithdrawn(now);
            int notified = notifying.notifyHolders(referral, event).size();
            changes.flush("Consent", referral.consent().id());
            audit.record(actor, ReferralAudit.CONSENT_WITHDRAWN, ReferralAudit.TARGET, referral.id(),
                    "consent=" + referral.consent().id() + "; referredOrganisation=" + referral.referredOrganisation()
                            + "; deliveriesCancelled=" + cancelled + "; holderSystemsNotified=" + notified);
        }
        return referral;
    }
}
