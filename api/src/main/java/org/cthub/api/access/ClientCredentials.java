package org.cthub.api.access;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.net.URLDecoder;

/**
 * The client id and secret of a token request, from HTTP Basic (RFC 6749 section 2.3.1: each part
 * form-urlencoded, then base64) or from the client_id and client_secret form fields. A request that uses
 * both methods is refused, as RFC 6749 requires.
 */
record ClientCredentials(String clientId, String clientSecret) {

    private static final String BASIC = "Basic ";

    static ClientCredentials from(String authorization, String formClientId, String formClientSecret)
            throws TokenRequestRefused {
        boolean basic = authorization != null && !authorization.isBlank();
        boolean form = formClientId != null || formClientSecret != null;
        if (basic && form) {
            throw TokenRequestRefused.invalidRequest(
                    "Authenticate the client one way only: HTTP Basic or the client_id and client_secret form fields.");
        }
        if (basic) {
            return fromBasic(authorization);
        }
        if (isBlank(formClientId) || isBlank(formClientSecret)) {
            throw TokenRequestRefused.invalidClient();
        }
        return new ClientCredentials(formClientId, formClientSecret);
    }

    private static ClientCredentials fromBasic(String authorization) throws TokenRequestRefused {
        if (!authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            throw TokenRequestRefused.invalidClient();
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformedBasic();
        }
        int colon = decoded.indexOf(':');
        if (colon < 1) {
            throw malformedBasic();
        }
        try {
            return new ClientCredentials(URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw malformedBasic();
        }
    }

    private static TokenRequestRefused malformedBasic() {
        return TokenRequestRefused.invalidRequest("The Authorization header must be Basic base64(client_id:client_secret).");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @Override
    public String toString() {
        return "ClientCredentials[clientId=" + clientId + ", clientSecret=<redacted>]";
    }
}
