package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.AssistanceType;
import org.cthub.persistence.referral.Answer;
import org.cthub.persistence.referral.FollowUp;
import org.cthub.persistence.referral.FollowUps;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.ReferralEvent;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.NotPermitted;

/**
 * The referred organisation answers a referral: accept, decline (with a reason), in progress, complete. The
 * referral knows which answers it allows; the sender is told of each through its systems' outbox in the same
 * transaction. Accepting a reintegration schedules its compulsory follow-up reports.
 */
@ApplicationScoped
public class AnsweringReferral {

    @Inject
    Referrals referrals;

    @Inject
    FollowUps followUps;

    @Inject
    FollowUpSettings followUpSettings;

    @Inject
    NotifyingParties notifying;

    @Inject
    AuditTrail audit;

    @Transactional
    public Referral answer(String actor, UUID organisation, UUID referralId, Answer answer, String reason) {
        // Locked: two answers at once are told apart and numbered one after the other, never both applied.
        Referral referral = referrals.lockForParty(referralId, organisation);
        if (!referral.isReceivedBy(organisation)) {
            throw new NotPermitted("Only the referred organisation answers a referral");
        }
        Instant now = Instant.now();
        ReferralEvent event = referral.answer(answer, reason, now);
        int followUpsDue = answer == Answer.ACCEPT ? scheduleFollowUps(referral, now) : 0;
        int notified = notifying.notifySender(referral, event).size();
        // The reason is the recipient's free text: it stays out of the audit trail.
        audit.record(actor, ReferralAudit.ANSWERED, ReferralAudit.TARGET, referral.id(), "answer=" + Codes.of(answer)
                + "; status=" + Codes.of(referral.status()) + "; event=" + event.sequence() + "; senderSystemsNotified=" + notified
                + (followUpsDue > 0 ? "; followUpsScheduled=" + followUpsDue : ""));
        return referral;
    }

    private int scheduleFollowUps(Referral referral, Instant acceptedAt) {
        if (!referral.assistanceTypes().contains(AssistanceType.REINTEGRATION)) {
            return 0;
        }
        var scheduled = FollowUp.scheduleFor(referral.id(), followUpSettings.schedule(), acceptedAt);
        scheduled.forEach(followUps::add);
        return scheduled.size();
    }
}
