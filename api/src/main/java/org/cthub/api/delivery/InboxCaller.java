package org.cthub.api.delivery;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import org.cthub.api.support.security.CallerPrincipal;

/** The verified caller: its client id, and the organisation a partner acts for. */
record InboxCaller(CallerPrincipal principal) {

    static InboxCaller of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return new InboxCaller(principal);
        }
        throw new NotAuthorizedException("Bearer");
    }

    String clientId() {
        return principal.clientId();
    }

    java.util.UUID organisation() {
        if (principal.organisationId() == null) {
            throw new ForbiddenException();
        }
        return principal.organisationId();
    }
}
