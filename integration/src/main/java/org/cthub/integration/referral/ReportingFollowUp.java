package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.referral.FollowUp;
import org.cthub.persistence.referral.FollowUps;
import org.cthub.persistence.referral.ReintegrationArea;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.referral.Wellbeing;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.NotPermitted;

/** The recipient of an accepted reintegration submits one of its follow-up reports; a report stands once submitted. */
@ApplicationScoped
public class ReportingFollowUp {

    @Inject
    Referrals referrals;

    @Inject
    FollowUps followUps;

    @Inject
    AuditTrail audit;

    @Transactional
    public FollowUp submit(String actor, UUID organisation, UUID referralId, int sequence, Wellbeing wellbeing,
            Set<ReintegrationArea> onTrack, String notes) {
        Referral referral = referrals.getForParty(referralId, organisation);
        if (!referral.isReceivedBy(organisation)) {
            throw new NotPermitted("Only the referred organisation reports on its reintegration");
        }
        FollowUp followUp = followUps.lock(referralId, sequence);
        Instant now = Instant.now();
        followUp.submit(organisation, wellbeing, onTrack, notes, now);
        // Codes only: the notes are the recipient's free text.
        audit.record(actor, ReferralAudit.FOLLOW_UP_SUBMITTED, ReferralAudit.TARGET, referral.id(), "followUp=" + sequence
                + "; wellbeing=" + Codes.of(wellbeing) + "; daysLate=" + Math.max(0, java.time.Duration.between(followUp.dueAt(), now).toDays()));
        return followUp;
    }
}
