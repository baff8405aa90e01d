package org.cthub.api.support.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A body JSON-B cannot read: malformed JSON, a string where a number belongs, a field the hub does not
 * know. The parser's message is not passed on: it may quote the caller's data.
 */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException exception) {
        if (exception.getCause() instanceof jakarta.ws.rs.WebApplicationException tooLarge) {
            return new WebApplicationExceptionMapper().toResponse(tooLarge);
        }
        String detail = isUnknownField(exception)
                ? "The body has a field this operation does not accept: remove it (see the schema in /openapi)."
                : "The body is not valid JSON for this operation: check its syntax and each field's type (see /openapi).";
        return Problem.of("malformed-request", Response.Status.BAD_REQUEST, detail).toResponse();
    }

    private static boolean isUnknownField(Throwable exception) {
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof JsonbException && t.getMessage() != null && t.getMessage().contains("Unrecognized field")) {
                return true;
            }
        }
        return false;
    }
}
