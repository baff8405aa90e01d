package org.cthub.integration.delivery.webhook;

import org.cthub.integration.delivery.InboxMessage;

/**
 * Renders a message as the canonical JSON the API serves for it, so a webhook receiver gets byte for byte
 * the document a pull-inbox system would list. The API implements it: the JSON shape is the API's.
 */
public interface CanonicalPayload {

    byte[] render(InboxMessage message);
}
