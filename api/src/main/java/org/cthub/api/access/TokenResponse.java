package org.cthub.api.access;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.cthub.integration.access.IssuedToken;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A successful token response as RFC 6749 section 5.1 spells it. The components carry the wire names
 * themselves, so the OAuth2 format holds whichever JSON binding the deployment ends up with.
 */
@Schema(example = """
        {
          "access_token": "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJ1cm46Y3RodWI6aHViIiwiYXVkIjoiY3RodWIifQ.c2lnbmF0dXJlLWV4YW1wbGU",
          "token_type": "Bearer",
          "expires_in": 300
        }
        """)
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
