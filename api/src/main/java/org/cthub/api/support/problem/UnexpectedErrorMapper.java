package org.cthub.api.support.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort for a fault of the hub's own: 500 with an incident id the operator can find in the log,
 * and nothing about the request. The log line has the exception types and stack frames but no messages,
 * since a message (a database constraint, a parser) can quote personal data.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable fault) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, () -> "Incident " + incident + ": " + describe(fault));
        return Problem.of("server-error", Response.Status.INTERNAL_SERVER_ERROR,
                "The hub failed to process this request (incident " + incident + "). Check with a GET whether "
                        + "your change took effect before retrying; if it keeps failing, report the incident id to the hub operator.").toResponse();
    }

    static String describe(Throwable fault) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = fault; t != null; t = t.getCause()) {
            text.append(t == fault ? "" : " caused by ").append(t.getClass().getName());
            StackTraceElement[] frames = t.getStackTrace();
            for (int i = 0; i < Math.min(5, frames.length); i++) {
                text.append("\n\tat ").append(frames[i]);
            }
        }
        return text.toString();
    }
}
