package org.cthub.api.delivery;

import java.util.UUID;
import org.cthub.api.referral.ReferralView;
import org.cthub.integration.delivery.InboxMessage;
import org.cthub.persistence.delivery.MessageType;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message waiting in a pull inbox, with its payload as the recipient may read it now. */
@Schema(name = "InboxMessage")
public record InboxMessageView(
        @Schema(description = "Stable across every time the message is listed or sent again: drop a message whose id you have already processed") UUID messageId,
        UUID referralId,
        @Schema(enumeration = {"referral", "escalation"}, description = "How to read the payload: referral (a Referral), "
                + "escalation (an Escalation: a referral that expired unanswered, for the focal point)") String type,
        @Schema(format = "date-time", description = "When the hub accepted the message") String createdAt,
        @Schema(description = "referral: the referral as your organisation may read it now, personal fields only while the "
                + "person's consent covers you; escalation: the expired referral's metadata", oneOf = {ReferralView.class, EscalationView.class})
        Object payload) {

    static InboxMessageView of(InboxMessage message) {
        return new InboxMessageView(message.delivery().messageId(), message.delivery().referralId(),
                Codes.of(message.delivery().messageType()), message.delivery().createdAt().toString(), payload(message));
    }

    private static Object payload(InboxMessage message) {
        return message.delivery().messageType() == MessageType.ESCALATION
                ? EscalationView.of(message.referral().referral()) : ReferralView.of(message.referral());
    }
}
