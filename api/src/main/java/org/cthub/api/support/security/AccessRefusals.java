package org.cthub.api.support.security;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import org.cthub.api.support.problem.Problem;

/** The problems a request gets when it is not authenticated (401, with an RFC 6750 challenge) or not allowed (403). */
final class AccessRefusals {

    static final String REALM = "cthub";

    private AccessRefusals() {
    }

    /** No bearer token at all: the challenge carries no error code (RFC 6750, section 3.1). */
    static Response missingToken() {
        return challenge("Bearer realm=\"" + REALM + "\"",
                "Send a bearer token in the Authorization header: obtain one from POST /oauth2/token with your client credentials.");
    }

    static Response invalidToken(InvalidToken refusal) {
        return challenge("Bearer realm=\"" + REALM + "\", error=\"invalid_token\"", refusal.getMessage());
    }

    static Response forbidden() {
        return Problem.of("forbidden", Status.FORBIDDEN, "Your token's roles do not grant this operation.").toResponse();
    }

    private static Response challenge(String challenge, String detail) {
        Response problem = Problem.of("unauthenticated", Status.UNAUTHORIZED, detail).toResponse();
        return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }
}
