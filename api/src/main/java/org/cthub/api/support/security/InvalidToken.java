package org.cthub.api.support.security;

/**
 * A bearer token the hub does not accept. The message is safe to show (it never quotes the token) and says
 * only whether the token expired or is otherwise unacceptable: finer reasons would help an attacker more
 * than an integrator.
 */
public class InvalidToken extends Exception {

    public InvalidToken(String message) {
        super(message, null, false, false);
    }

    static InvalidToken expired() {
        return new InvalidToken("The bearer token has expired: obtain a new one from POST /oauth2/token.");
    }

    static InvalidToken unacceptable() {
        return new InvalidToken("The bearer token is not valid here: it must be a current token signed by the hub"
                + " (POST /oauth2/token) or by the configured identity provider, for this hub's audience.");
    }
}
