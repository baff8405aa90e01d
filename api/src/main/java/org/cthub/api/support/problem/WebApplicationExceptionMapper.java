package org.cthub.api.support.problem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * What JAX-RS itself refuses (unknown path, wrong method or media type, bad JSON, missing role) as problems.
 * The challenge header of a 401 is kept.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException exception) {
        Response original = exception.getResponse();
        Response.StatusType status = original.getStatusInfo();
        Response problem = Problem.of(slugOf(status.getStatusCode()), status, detailOf(status.getStatusCode())).toResponse();
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        for (String header : new String[] {"WWW-Authenticate", "Allow"}) {
            if (original.getHeaderString(header) != null) {
                builder.header(header, original.getHeaderString(header));
            }
        }
        return builder.build();
    }

    private static String slugOf(int status) {
        return switch (status) {
            case 400 -> "malformed-request";
            case 401 -> "unauthenticated";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "server-error" : "client-error";
        };
    }

    // Fixed texts: the exception's own message may echo request content.
    private static String detailOf(int status) {
        return switch (status) {
            case 400 -> "The request body could not be read: send well-formed JSON whose fields have the documented types and names (see /openapi).";
            case 401 -> "Send a valid bearer token: obtain one from POST /oauth2/token with your client credentials.";
            case 403 -> "Your token does not grant this operation on this record.";
            case 404 -> "There is nothing at this path: see /openapi for the operations the hub offers.";
            case 405 -> "This path does not support that method: see the Allow header.";
            case 406 -> "The hub answers with application/json (errors with application/problem+json).";
            case 413 -> "The request body is larger than the hub accepts.";
            case 415 -> "Send the body with the media type the operation documents (usually application/json).";
            default -> "The request could not be processed.";
        };
    }
}
