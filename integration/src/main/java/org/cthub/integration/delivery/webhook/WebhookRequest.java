package org.cthub.integration.delivery.webhook;

import java.util.UUID;

/** What one webhook call sends: where, signed with which secret, which message id and body. Never logged. */
public record WebhookRequest(UUID partnerSystemId, String url, String secret, UUID messageId, byte[] body) {

    @Override
    public String toString() {
        return "WebhookRequest[partnerSystem=" + partnerSystemId + ", message=" + messageId + "]";
    }
}
