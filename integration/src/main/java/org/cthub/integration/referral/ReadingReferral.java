package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.referral.ConsentCoverage;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.Referrals;

/**
 * Reading referrals. A partner reaches only those it sent or received and sees the personal fields when it
 * sent the referral, or received it under a consent that still covers it; every such read is audited. The
 * hub operator sees every referral's metadata and never its personal fields. Lists carry metadata only.
 */
@ApplicationScoped
public class ReadingReferral {

    @Inject
    Referrals referrals;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    @Transactional
    public ReferralReading readAsParty(String actor, UUID organisation, UUID referralId) {
        Referral referral = referrals.getForParty(referralId, organisation);
        boolean sender = referral.isSentBy(organisation);
        ConsentCoverage access = referral.personalDataAccess(organisation, organisations.get(organisation).type(), Instant.now());
        if (!access.covered()) {
            return ReferralReading.metadata(referral, access, sender);
        }
        audit.record(actor, ReferralAudit.PERSONAL_DATA_READ, ReferralAudit.TARGET, referral.id(),
                "organisation=" + organisation + "; as=" + (sender ? "sender" : "recipient") + "; consent=" + referral.consent().id());
        return ReferralReading.withPersonalData(referral, sender);
    }

    @Transactional
    public ReferralReading readAsOperator(UUID referralId) {
        return ReferralReading.metadata(referrals.get(referralId), ConsentCoverage.RECIPIENT_NOT_COVERED, false);
    }

    /** One page of the organisation's sent and received referrals, or of all referrals when it is null. */
    @Transactional
    public List<Referral> page(UUID organisation, int offset, int limit) {
        return referrals.page(organisation, offset, limit);
    }

    @Transactional
    public long count(UUID organisation) {
        return referrals.count(organisation);
    }
}
