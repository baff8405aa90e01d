package org.cthub.integration.delivery;

/**
 * A message rendered for one partner system: the exact bytes to send (what a webhook signature covers),
 * their media type, and the file extension an SFTP drop uses. Never logged: {@link #toString()} omits the body.
 */
public record Payload(byte[] body, String mediaType, String extension) {

    public static final String JSON = "application/json";
    public static final String XML = "application/xml";

    @Override
    public String toString() {
        return "Payload[" + mediaType + ", " + body.length + " bytes]";
    }
}
