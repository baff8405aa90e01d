package org.cthub.api.referral;

import java.util.UUID;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a referral's delivery to one recipient system stands, as its sender sees it; cancelled when consent was withdrawn before it arrived. */
@Schema(name = "RecipientDelivery")
public record RecipientDeliveryView(UUID partnerSystemId,
        @Schema(enumeration = {"pending", "leased", "awaiting-ack", "retry-scheduled", "delivered", "dead-lettered", "cancelled"}) String status,
        int attempts,
        @Schema(format = "date-time") String lastAttemptAt,
        @Schema(format = "date-time") String deliveredAt) {

    static RecipientDeliveryView of(Delivery delivery) {
        return new RecipientDeliveryView(delivery.partnerSystemId(), Codes.of(delivery.status()), delivery.attempts(),
                text(delivery.lastAttemptAt()), text(delivery.deliveredAt()));
    }

    private static String text(java.time.Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
