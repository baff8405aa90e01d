package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.referral.AnswerDeadlines;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.ReferralEvent;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.support.Codes;

/**
 * Referrals nobody answered in time expire, their expiry is escalated, and the sender (and a recipient
 * holding the referral) is told, as of any other step. Every node runs the check; each
 * referral is expired in a transaction of its own under a row lock and checked again there, so of two nodes
 * finding the same referral one expires and escalates it and the other finds it expired already.
 */
@ApplicationScoped
public class ExpiringReferrals {

    static final int BATCH = 100;

    @Inject
    Referrals referrals;

    @Inject
    ReferralSettings settings;

    @Inject
    EscalatingToFocalPoint escalating;

    @Inject
    NotifyingParties notifying;

    @Inject
    AuditTrail audit;

    /** The referrals overdue now, oldest first, at most one batch. */
    @Transactional
    public List<UUID> overdue(Instant now) {
        AnswerDeadlines deadlines = settings.deadlines();
        return referrals.unansweredSince(now.minus(deadlines.standard()), now.minus(deadlines.rapidResponse()), BATCH);
    }

    /** Expires and escalates the referral if it is still overdue; false when another node or an answer came first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean expire(UUID referralId, Instant now) {
        Referral referral = referrals.lock(referralId);
        if (!referral.isOverdue(settings.deadlines(), now)) {
            return false;
        }
        referral.expire(now);
        audit.record(AuditTrail.SYSTEM, ReferralAudit.EXPIRED, ReferralAudit.TARGET, referral.id(),
                "case=" + referral.referralCase().pseudonym() + "; urgency=" + Codes.of(referral.urgency())
                        + "; submittedAt=" + referral.submittedAt() + "; referredOrganisation=" + referral.referredOrganisation());
        escalating.escalate(referral, now);
        // The sender hears of it as of any other step; a holder learns it need not answer any more.
        ReferralEvent event = referral.recordStatusChange("No answer within the time limit", now);
        notifying.notifySender(referral, event);
        notifying.notifyHolders(referral, event);
        return true;
    }
}
