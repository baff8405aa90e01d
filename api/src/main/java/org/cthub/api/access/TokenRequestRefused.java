package org.cthub.api.access;

/**
 * A token request refused, with RFC 6749's error code and a detail for the caller. Plain data, so the
 * request parsing that throws it stays free of JAX-RS; {@link TokenError} turns it into the response.
 */
final class TokenRequestRefused extends Exception {

    static final String INVALID_REQUEST = "invalid_request";
    static final String INVALID_CLIENT = "invalid_client";
    static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";

    private final String error;

    private TokenRequestRefused(String error, String detail) {
        super(detail, null, false, false);
        this.error = error;
    }

    static TokenRequestRefused invalidRequest(String detail) {
        return new TokenRequestRefused(INVALID_REQUEST, detail);
    }

    static TokenRequestRefused unsupportedGrantType() {
        return new TokenRequestRefused(UNSUPPORTED_GRANT_TYPE, "The hub supports only grant_type=client_credentials.");
    }

    static TokenRequestRefused invalidClient() {
        return new TokenRequestRefused(INVALID_CLIENT, "Client authentication failed: check the client id and secret,"
                + " sent with HTTP Basic or as client_id and client_secret form fields.");
    }

    /** The RFC 6749 error code. */
    String error() {
        return error;
    }

    /** 401 when the client failed to authenticate, 400 for anything else wrong with the request. */
    int status() {
        return INVALID_CLIENT.equals(error) ? 401 : 400;
    }
}
