package org.cthub.api.partner;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.cthub.api.support.problem.Problem;

/** 428 Precondition Required as a problem. */
@Provider
public class PreconditionRequiredMapper implements ExceptionMapper<PreconditionRequired> {

    static final Response.StatusType PRECONDITION_REQUIRED = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 428;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Precondition Required";
        }
    };

    @Override
    public Response toResponse(PreconditionRequired refusal) {
        return Problem.of("precondition-required", PRECONDITION_REQUIRED, refusal.getMessage()).toResponse();
    }
}
