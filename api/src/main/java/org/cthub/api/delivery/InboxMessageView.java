package org.cthub.api.delivery;

import java.util.UUID;
import org.cthub.api.referral.ReferralView;
import org.cthub.integration.delivery.InboxMessage;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message waiting in a pull inbox, with its payload as the recipient may read it now. */
@Schema(name = "InboxMessage")
public record InboxMessageView(
        @Schema(description = "Stable across every time the message is listed or sent again: drop a message whose id you have already processed") UUID messageId,
        UUID referralId,
        @Schema(enumeration = {"referral"}) String type,
        @Schema(format = "date-time", description = "When the hub accepted the message") String createdAt,
        @Schema(description = "The referral as your organisation may read it now: personal fields only while the person's consent covers you")
        ReferralView payload) {

    static InboxMessageView of(InboxMessage message) {
        return new InboxMessageView(message.delivery().messageId(), message.delivery().referralId(),
                Codes.of(message.delivery().messageType()), message.delivery().createdAt().toString(), ReferralView.of(message.referral()));
    }
}
