package org.cthub.api.legislation;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.security.CallerPrincipal;
import org.cthub.api.support.security.Roles;

/**
 * The verified caller and its scope over drafts: a partner, reviewer or secretariat client acts for the
 * organisation its token names and reaches the drafts that organisation submitted or was asked to review
 * (directly, or through a working group it sits in); the hub operator reaches all.
 */
record DraftCaller(CallerPrincipal principal) {

    static DraftCaller of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return new DraftCaller(principal);
        }
        throw new NotAuthorizedException("Bearer");
    }

    String actor() {
        return principal.clientId();
    }

    /** The organisation whose drafts the caller reaches, or null for the hub operator, who reaches all. */
    UUID scope() {
        return principal.hasRole(Roles.HUB_ADMIN) ? null : organisation();
    }

    /** The organisation the caller acts for; a token without one gets 403. */
    UUID organisation() {
        if (principal.organisationId() == null) {
            throw new ForbiddenException();
        }
        return principal.organisationId();
    }
}
