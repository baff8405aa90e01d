package org.cthub.api.delivery;

import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery's metadata, for the hub operator: never its payload. */
@Schema(name = "Delivery")
public record DeliveryView(UUID id, UUID messageId,
        @Schema(enumeration = {"referral", "referral-update", "consent-withdrawn"}) String type,
        UUID referralId, UUID partnerSystemId, UUID recipientOrganisation,
        @Schema(enumeration = {"webhook", "sftp", "pull-inbox"}) String channel,
        @Schema(enumeration = {"pending", "leased", "awaiting-ack", "retry-scheduled", "delivered", "dead-lettered", "cancelled"}) String status,
        int attempts,
        @Schema(format = "date-time") String lastAttemptAt,
        @Schema(description = "Why the last attempt failed (a status code or error kind), never message content") String lastError,
        @Schema(format = "date-time") String nextAttemptAt,
        @Schema(format = "date-time") String createdAt) {

    static DeliveryView of(Delivery d) {
        return new DeliveryView(d.id(), d.messageId(), Codes.of(d.messageType()), d.referralId(), d.partnerSystemId(),
                d.recipientOrganisation(), Codes.of(d.channel()), Codes.of(d.status()), d.attempts(), text(d.lastAttemptAt()),
                d.lastError(), text(d.nextAttemptAt()), text(d.createdAt()));
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
