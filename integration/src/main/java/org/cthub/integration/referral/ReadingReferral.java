package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.referral.ConsentCoverage;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.Referrals;

/**
 * Reading referrals. A partner reaches only those it sent, received, or is the focal point of, and sees the
 * personal fields when it sent the referral, or received it (or is its focal point) under a consent that still covers it; every such read is audited. The
 * hub operator sees every referral's metadata and never its personal fields. Lists carry metadata only.
 */
@ApplicationScoped
public class ReadingReferral {

    @Inject
    Referrals referrals;

    @Inject
    PartyReading partyReading;

    @Inject
    AuditTrail audit;

    /**
     * The referral as the organisation may see it, read outside any transaction (an API request). When that
     * includes personal fields, the read is audited before this returns, after the read's own transaction,
     * committed together with other reads' lines ({@link AuditTrail#recordRead}).
     */
    public ReferralReading readAsParty(String actor, UUID organisation, UUID referralId) {
        PartyReading.Read read = partyReading.read(organisation, referralId);
        if (read.auditDetails() != null) {
            audit.recordRead(actor, ReferralAudit.PERSONAL_DATA_READ, ReferralAudit.TARGET, referralId, read.auditDetails());
        }
        return read.reading();
    }

    /**
     * The referral as a message of this type carries it to a party, inside the caller's transaction (composing
     * a delivery): an escalation carries metadata only, so nothing personal is read for it; any other message
     * carries what {@link #readAsParty} gives, its read audited in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralReading readForMessage(String actor, UUID organisation, UUID referralId, MessageType type) {
        if (type == MessageType.ESCALATION) {
            Referral referral = referrals.getForParty(referralId, organisation);
            return ReferralReading.metadata(referral, ConsentCoverage.RECIPIENT_NOT_COVERED, referral.isSentBy(organisation));
        }
        PartyReading.Read read = partyReading.read(organisation, referralId);
        if (read.auditDetails() != null) {
            audit.record(actor, ReferralAudit.PERSONAL_DATA_READ, ReferralAudit.TARGET, referralId, read.auditDetails());
        }
        return read.reading();
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

    /** As {@link #page(UUID, int, int)}, only the referrals of one case when {@code casePseudonym} is set. */
    @Transactional
    public List<Referral> page(UUID organisation, String casePseudonym, int offset, int limit) {
        return referrals.page(organisation, casePseudonym, offset, limit);
    }

    @Transactional
    public long count(UUID organisation, String casePseudonym) {
        return referrals.count(organisation, casePseudonym);
    }
}
