package org.cthub.api.delivery;

import java.util.UUID;
import org.cthub.api.referral.ReferralView;
import org.cthub.api.statistics.StatisticsTableView;
import org.cthub.integration.delivery.InboxMessage;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message waiting in a pull inbox, with its payload as the recipient may read it now. */
@Schema(name = "InboxMessage", example = """
        {
          "messageId": "b3d9f2a1-6c4e-4f8b-9a2d-1e5c7f3b9d04",
          "referralId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
          "type": "referral-update",
          "createdAt": "2026-03-01T13:40:01Z",
          "payload": {
            "referralId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
            "caseId": "CASE-7K2M9QXR4T1B",
            "status": "accepted",
            "answer": "accept",
            "at": "2026-03-01T13:40:00Z"
          }
        }
        """)
public record InboxMessageView(
        @Schema(description = "Stable across every time the message is listed or sent again: drop a message whose id you have already processed") UUID messageId,
        @Schema(description = "The referral the message is about, if it is") UUID referralId,
        @Schema(description = "The draft law the message is about, if it is") UUID draftId,
        @Schema(description = "For report-reviewed: the report reviewed") UUID reportId,
        @Schema(description = "The saved query whose run the message carries, if it does") UUID savedQueryId,
        @Schema(enumeration = {"referral", "referral-update", "consent-withdrawn", "escalation", "review-request", "draft-update",
                "report-reviewed", "statistics"},
                description = "What the payload is: referral (the referral), referral-update (for the sender: an answer or a new "
                        + "status), consent-withdrawn (for a recipient holding the referral: delete your copy of its personal fields) "
                        + "or escalation (for the focal point: a referral that expired unanswered); review-request (for a reviewer: a "
                        + "draft law to review) or draft-update (a new version, comment, opinion or decision on a draft); "
                        + "report-reviewed (for a reporting organisation: a secretariat accepted or returned its report); statistics "
                        + "(the protected result of a saved query's run)") String type,
        @Schema(format = "date-time", description = "When the hub accepted the message") String createdAt,
        @Schema(description = "For type referral: the referral as your organisation may read it now, personal fields only while "
                + "the person's consent covers you. For referral-update and consent-withdrawn: a ReferralNotice; for escalation: "
                + "an Escalation, the expired referral's metadata; for review-request and draft-update: a LegislationNotice; for "
                + "report-reviewed: a ReportReviewNotice; for statistics: a StatisticsTable. None of these holds personal fields",
                oneOf = {ReferralView.class, ReferralNoticeView.class, EscalationView.class, LegislationNoticeView.class,
                        ReportNoticeView.class, StatisticsTableView.class})
        Object payload) {

    static InboxMessageView of(InboxMessage message) {
        return new InboxMessageView(message.delivery().messageId(), message.delivery().referralId(), message.delivery().draftId(),
                message.delivery().reportId(), message.delivery().savedQueryId(),
                Codes.of(message.delivery().messageType()), message.delivery().createdAt().toString(), payload(message));
    }

    private static Object payload(InboxMessage message) {
        if (message.statistics() != null) {
            return StatisticsTableView.of(message.statistics());
        }
        if (message.draft() != null) {
            return LegislationNoticeView.of(message.draft());
        }
        if (message.report() != null) {
            return ReportNoticeView.of(message.report());
        }
        if (message.notice() != null) {
            return ReferralNoticeView.of(message.notice());
        }
        return message.delivery().messageType() == MessageType.ESCALATION
                ? EscalationView.of(message.referral().referral()) : ReferralView.of(message.referral());
    }
}
