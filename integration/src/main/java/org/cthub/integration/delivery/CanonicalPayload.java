package org.cthub.integration.delivery;

/**
 * Renders a message as the canonical JSON the API serves for it, so a webhook receiver or an SFTP drop gets
 * byte for byte the document a pull-inbox system would list, and a partner's XML mapping points into that
 * same document. The API implements it: the JSON shape is the API's.
 */
public interface CanonicalPayload {

    byte[] render(InboxMessage message);
}
