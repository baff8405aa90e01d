package org.cthub.api.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.HubException;
import org.cthub.persistence.support.NotPermitted;
import org.cthub.persistence.support.RecordNotFound;
import org.cthub.persistence.support.RuleViolation;
import org.cthub.persistence.support.StaleVersion;

/** The domain's refusals, each to its status. */
@Provider
public class HubExceptionMapper implements ExceptionMapper<HubException> {

    @Override
    public Response toResponse(HubException refusal) {
        Problem problem = Problem.of(refusal.problemType(), statusOf(refusal), refusal.getMessage());
        if (refusal instanceof RuleViolation violation && violation.field() != null) {
            problem = problem.withErrors(List.of(new Problem.FieldError(violation.field(), violation.getMessage())));
        }
        return problem.toResponse();
    }

    static Response.StatusType statusOf(HubException refusal) {
        if (refusal instanceof RecordNotFound) {
            return Status.NOT_FOUND;
        }
        if (refusal instanceof NotPermitted) {
            return Status.FORBIDDEN;
        }
        if (refusal instanceof ConflictingState) {
            return Status.CONFLICT;
        }
        if (refusal instanceof StaleVersion) {
            return Status.PRECONDITION_FAILED;
        }
        if (refusal instanceof RuleViolation) {
            return UNPROCESSABLE;
        }
        return Status.BAD_REQUEST;
    }

    static final Response.StatusType UNPROCESSABLE = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 422;
        }

        @Override
        public Status.Family getFamily() {
            return Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Unprocessable Content";
        }
    };
}
