package org.cthub.integration.access;

/**
 * The client id and secret do not name an active client. Deliberately one refusal for an unknown id, a
 * wrong secret and a revoked client, so a caller learns nothing about which ids exist.
 */
public class ClientAuthenticationFailed extends RuntimeException {

    public ClientAuthenticationFailed() {
        super("Client authentication failed", null, false, false);
    }
}
