package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.support.ConcurrentChanges;
import org.cthub.persistence.support.NotPermitted;

/**
 * The referring organisation records that the person withdrew consent. From that moment the recipient no
 * longer gets the personal fields. Withdrawing again changes nothing and is not audited twice.
 */
@ApplicationScoped
public class WithdrawingConsent {

    @Inject
    Referrals referrals;

    @Inject
    ConcurrentChanges changes;

    @Inject
    AuditTrail audit;

    @Transactional
    public Referral withdraw(String actor, UUID organisation, UUID referralId) {
        Referral referral = referrals.getForParty(referralId, organisation);
        if (!referral.isSentBy(organisation)) {
            throw new NotPermitted("Only the referring organisation records a withdrawal of the person's consent");
        }
        if (referral.consent().withdraw(Instant.now())) {
            changes.flush("Consent", referral.consent().id());
            audit.record(actor, ReferralAudit.CONSENT_WITHDRAWN, ReferralAudit.TARGET, referral.id(),
                    "consent=" + referral.consent().id() + "; referredOrganisation=" + referral.referredOrganisation());
        }
        return referral;
    }
}
