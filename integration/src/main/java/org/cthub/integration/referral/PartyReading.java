package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.referral.ConsentCoverage;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.support.ReadOnlyTransaction;

/**
 * The transactional half of reading a referral as a party ({@link ReadingReferral}): decides what the organisation may see and
 * reads it, in a transaction of its own that writes nothing or in the caller's. Auditing the read is the caller's part.
 */
@ApplicationScoped
public class PartyReading {

    @Inject
    Referrals referrals;

    @Inject
    Organisations organisations;

    @Inject
    ReadOnlyTransaction readOnly;

    /** What was read, and the audit details of the read when personal fields were read (null otherwise). */
    public record Read(ReferralReading reading, String auditDetails) {
    }

    /** As {@link #read}, in a transaction of its own that changes nothing it loads (an API read). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Read readAlone(UUID organisation, UUID referralId) {
        readOnly.loadReadOnly();
        return read(organisation, referralId);
    }

    /** What the organisation may see of the referral, read inside the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Read read(UUID organisation, UUID referralId) {
        Referral referral = referrals.getForParty(referralId, organisation);
        boolean sender = referral.isSentBy(organisation);
        ConsentCoverage access = referral.personalDataAccess(organisation, organisations.get(organisation).type(), Instant.now());
        if (!access.covered()) {
            return new Read(ReferralReading.metadata(referral, access, sender), null);
        }
        String as = sender ? "sender" : referral.isReceivedBy(organisation) ? "recipient" : "focal-point";
        return new Read(ReferralReading.withPersonalData(referral, sender),
                "organisation=" + organisation + "; as=" + as + "; consent=" + referral.consent().id());
    }
}
