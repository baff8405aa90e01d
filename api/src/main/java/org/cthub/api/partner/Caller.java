package org.cthub.api.partner;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.security.CallerPrincipal;
import org.cthub.api.support.security.Roles;

/**
 * The verified caller of one request and the record scope it has: the hub operator acts on every
 * organisation, a partner only on the one its token names.
 */
final class Caller {

    private final CallerPrincipal principal;

    private Caller(CallerPrincipal principal) {
        this.principal = principal;
    }

    static Caller of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return new Caller(principal);
        }
        throw new NotAuthorizedException("Bearer");
    }

    /** The id the audit log records as the actor. */
    String actor() {
        return principal.clientId();
    }

    /** Refuses with 403 unless the caller is the hub operator or a partner acting for this organisation. */
    Caller requireActsFor(UUID organisationId) {
        boolean partnerOfIt = principal.hasRole(Roles.PARTNER) && principal.actsFor(organisationId);
        if (!principal.hasRole(Roles.HUB_ADMIN) && !partnerOfIt) {
            throw new ForbiddenException();
        }
        return this;
    }
}
