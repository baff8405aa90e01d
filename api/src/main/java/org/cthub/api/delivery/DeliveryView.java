package org.cthub.api.delivery;

import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.delivery.Delivery;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery's metadata, for the hub operator: never its payload. */
@Schema(name = "Delivery", example = """
        {
          "id": "2a4c6e8f-0b1d-4f3a-8c5e-7a9b1d3f5e60",
          "messageId": "b3d9f2a1-6c4e-4f8b-9a2d-1e5c7f3b9d04",
          "type": "referral",
          "referralId": "7c9e6679-7425-40de-944b-e07fc1f90ae7",
          "partnerSystemId": "0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0",
          "recipientOrganisation": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "channel": "webhook",
          "status": "dead-lettered",
          "attempts": 12,
          "lastAttemptAt": "2026-03-02T08:14:55Z",
          "lastError": "HTTP 503 from the receiver",
          "createdAt": "2026-03-01T10:02:11Z"
        }
        """)
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
