package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
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
     * A read of a referral's personal fields that is still to be audited. Whoever makes one records it with
     * {@link #audit} or {@link #auditCommitted} before anything read leaves the hub.
     */
    public record PersonalRead(String actor, UUID referralId, String details) {
    }

    /**
     * The referral as the organisation may see it, read outside any transaction (an API request). When that
     * includes personal fields, the read is audited before this returns, after the read's own transaction,
     * committed together with other reads' lines ({@link AuditTrail#recordRead}).
     */
    public ReferralReading readAsParty(String actor, UUID organisation, UUID referralId) {
        PartyReading.Read read = partyReading.readAlone(organisation, referralId);
        if (read.auditDetails() != null) {
            auditCommitted(new PersonalRead(actor, referralId, read.auditDetails()));
        }
        return read.reading();
    }

    /**
     * The referral as a message of this type carries it to a party, inside the caller's transaction (composing
     * a delivery): an escalation carries metadata only, so nothing personal is read for it; any other message
     * carries what {@link #readAsParty} gives, and a read of personal fields goes to {@code reads}, for the
     * caller to audit in this transaction or, once it has committed, before the message leaves.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public ReferralReading readForMessage(String actor, UUID organisation, UUID referralId, MessageType type,
            Consumer<PersonalRead> reads) {
        if (type == MessageType.ESCALATION) {
            Referral referral = referrals.getForParty(referralId, organisation);
            return ReferralReading.metadata(referral, ConsentCoverage.RECIPIENT_NOT_COVERED, referral.isSentBy(organisation));
        }
        PartyReading.Read read = partyReading.read(organisation, referralId);
        if (read.auditDetails() != null) {
            reads.accept(new PersonalRead(actor, referralId, read.auditDetails()));
        }
        return read.reading();
    }

    /** Audits a read inside the transaction that made it: if that rolls back, so does the line. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void audit(PersonalRead read) {
        audit.record(read.actor(), ReferralAudit.PERSONAL_DATA_READ, ReferralAudit.TARGET, read.referralId(), read.details());
    }

    /**
     * Audits a read whose transaction has committed (and wrote nothing), durably before this returns, the line
     * committed together with those of other reads arriving meanwhile ({@link AuditTrail#recordRead}).
     */
    public void auditCommitted(PersonalRead read) {
        audit.recordRead(read.actor(), ReferralAudit.PERSONAL_DATA_READ, ReferralAudit.TARGET, read.referralId(), read.details());
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
