package org.cthub.api.access;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.cthub.api.support.problem.Problem;

/**
 * A refused token request: an RFC 9457 problem that also carries RFC 6749's {@code error} member, so both
 * OAuth2 client libraries and the hub's own error handling understand it.
 */
public record TokenError(String type, String title, int status, String detail, String error) {

    static final String INVALID_REQUEST = "invalid_request";
    static final String INVALID_CLIENT = "invalid_client";
    static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";

    static TokenError invalidRequest(String detail) {
        return of(Status.BAD_REQUEST, INVALID_REQUEST, detail);
    }

    static TokenError unsupportedGrantType() {
        return of(Status.BAD_REQUEST, UNSUPPORTED_GRANT_TYPE, "The hub supports only grant_type=client_credentials.");
    }

    static TokenError invalidClient() {
        return of(Status.UNAUTHORIZED, INVALID_CLIENT, "Client authentication failed: check the client id and secret,"
                + " sent with HTTP Basic or as client_id and client_secret form fields.");
    }

    private static TokenError of(Status status, String error, String detail) {
        Problem problem = Problem.of(error.replace('_', '-'), status, detail);
        return new TokenError(problem.type(), problem.title(), problem.status(), problem.detail(), error);
    }

    Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA).entity(this);
        if (status == Status.UNAUTHORIZED.getStatusCode()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"cthub\"");
        }
        return TokenResponse.noStore(response).build();
    }
}
