package org.cthub.api.access;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.cthub.integration.access.IssuedToken;

/**
 * A successful token response as RFC 6749 section 5.1 spells it. The components carry the wire names
 * themselves, so the OAuth2 format holds whichever JSON binding the deployment ends up with.
 */
@SuppressWarnings("checkstyle:RecordComponentName")
public record TokenResponse(String access_token, String token_type, long expires_in) {

    static TokenResponse of(IssuedToken token) {
        return new TokenResponse(token.accessToken(), "Bearer", token.expiresInSeconds());
    }

    /** Token responses must never be cached (RFC 6749 section 5.1), refusals included. */
    static Response.ResponseBuilder noStore(Response.ResponseBuilder response) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").header("Pragma", "no-cache");
    }

    @Override
    public String toString() {
        return "TokenResponse[access_token=<redacted>, token_type=" + token_type + ", expires_in=" + expires_in + "]";
    }
}
