package org.cthub.integration.referral;

import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.referral.Answer;
import org.cthub.persistence.referral.Referral;
import org.cthub.persistence.referral.ReferralEvent;
import org.cthub.persistence.referral.ReferralStatus;

/**
 * What a message about a referral event tells its party: which referral (by id and case pseudonym), its
 * status then, the answer and reason when there is one. Never a personal field, so reading it is not a read
 * of personal data.
 */
public record ReferralNotice(MessageType type, UUID referralId, String caseId, ReferralStatus status, Answer answer,
        String reason, Instant at, String instruction) {

    static final String DELETE_YOUR_COPY = "The person withdrew consent: personal fields are no longer served to you; "
            + "delete your copy per your data-protection rules";

    public static ReferralNotice of(MessageType type, Referral referral, ReferralEvent event) {
        boolean withdrawn = type == MessageType.CONSENT_WITHDRAWN;
        return new ReferralNotice(type, referral.id(), referral.referralCase().pseudonym(), withdrawn ? null : event.status(),
                withdrawn ? null : event.answer(), withdrawn ? null : event.reason(), event.at(), withdrawn ? DELETE_YOUR_COPY : null);
    }
}
