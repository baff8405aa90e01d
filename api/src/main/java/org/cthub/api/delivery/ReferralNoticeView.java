package org.cthub.api.delivery;

import java.util.UUID;
import org.cthub.integration.referral.ReferralNotice;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The payload of a {@code referral-update} or {@code consent-withdrawn} message: which referral, and what
 * happened to it. It never holds personal fields.
 */
@Schema(name = "ReferralNotice")
public record ReferralNoticeView(UUID referralId,
        @Schema(description = "The hub's pseudonym for the person's case") String caseId,
        @Schema(description = "referral-update: the referral's status after the event",
                enumeration = {"submitted", "delivered", "accepted", "declined", "in-progress", "completed", "withdrawn"}) String status,
        @Schema(description = "referral-update: the recipient's answer, when the event is one",
                enumeration = {"accept", "decline", "in-progress", "complete"}) String answer,
        @Schema(description = "referral-update: the recipient's reason, when it gave one (no personal data)") String reason,
        @Schema(format = "date-time", description = "When it happened") String at,
        @Schema(description = "consent-withdrawn: what the hub asks of you") String instruction) {

    static ReferralNoticeView of(ReferralNotice notice) {
        return new ReferralNoticeView(notice.referralId(), notice.caseId(), Codes.of(notice.status()), Codes.of(notice.answer()),
                notice.reason(), notice.at().toString(), notice.instruction());
    }
}
