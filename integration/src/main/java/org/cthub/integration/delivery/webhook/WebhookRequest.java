package org.cthub.integration.delivery.webhook;

import java.util.UUID;
import org.cthub.integration.delivery.Payload;

/** What one webhook call sends: where, signed with which secret, which message id and payload. Never logged. */
public record WebhookRequest(UUID partnerSystemId, String url, String secret, UUID messageId, Payload payload) {

    /** The exact bytes sent, and signed. */
    public byte[] body() {
        return payload.body();
    }

    @Override
    public String toString() {
        return "WebhookRequest[partnerSystem=" + partnerSystemId + ", message=" + messageId + "]";
    }
}
