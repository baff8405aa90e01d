package org.cthub.api.access;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.cthub.api.support.problem.Problem;

/**
 * A refused token request: an RFC 9457 problem that also carries RFC 6749's {@code error} member, so both
 * OAuth2 client libraries and the hub's own error handling understand it.
 */
public record TokenError(String type, String title, int status, String detail, String error) {

    static TokenError of(TokenRequestRefused refused) {
        Response.StatusType status = Response.Status.fromStatusCode(refused.status());
        Problem problem = Problem.of(refused.error().replace('_', '-'), status, refused.getMessage());
        return new TokenError(problem.type(), problem.title(), problem.status(), problem.detail(), refused.error());
    }

    Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(Problem.MEDIA_TYPE).entity(this);
        if (status == Response.Status.UNAUTHORIZED.getStatusCode()) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"cthub\"");
        }
        return TokenResponse.noStore(response).build();
    }
}
