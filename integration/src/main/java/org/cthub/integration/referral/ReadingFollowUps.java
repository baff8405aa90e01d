package org.cthub.integration.referral;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.referral.FollowUp;
import org.cthub.persistence.referral.FollowUps;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.Referrals;
import org.cthub.persistence.support.NotPermitted;

/**
 * Reading follow-up reports: a referral's reports for its parties, and the overdue ones (not submitted, past
 * their date) for the parties of their referrals and for the secretariat of the Return and Reintegration
 * working group, which sees all of them. Only ids, codes and dates: no personal fields.
 */
@ApplicationScoped
public class ReadingFollowUps {

    /** An overdue report and what identifies it without personal data. */
    public record Overdue(FollowUp followUp, UUID referralId, String caseId, UUID referringOrganisation, UUID referredOrganisation) {
    }

    @Inject
    Referrals referrals;

    @Inject
    FollowUps followUps;

    @Transactional
    public List<FollowUp> ofReferral(UUID organisation, UUID referralId) {
        Referral referral = referrals.getForParty(referralId, organisation);
        return followUps.ofReferral(referral.id());
    }

    /** The scope of the overdue list: a partner's organisation, or null for the whole network (the R&R secretariat). */
    @Transactional
    public UUID overdueScope(UUID organisation, boolean secretariat) {
        if (!secretariat) {
            return organisation;
        }
        if (!followUps.sitsIn(FollowUpSettings.RETURN_AND_REINTEGRATION, organisation)) {
            throw new NotPermitted("Overdue follow-ups are for the secretariat of the Return and Reintegration working group");
        }
        return null;
    }

    @Transactional
    public List<Overdue> overdue(UUID scope, Instant now, int offset, int limit) {
        return followUps.overdue(scope, now, offset, limit).stream().map(row -> {
            Referral referral = (Referral) row[1];
            return new Overdue((FollowUp) row[0], referral.id(), referral.referralCase().pseudonym(),
                    referral.referringOrganisation(), referral.referredOrganisation());
        }).toList();
    }

    @Transactional
    public long overdueCount(UUID scope, Instant now) {
        return followUps.overdueCount(scope, now);
    }
}
