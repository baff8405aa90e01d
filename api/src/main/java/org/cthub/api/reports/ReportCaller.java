package org.cthub.api.reports;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.security.CallerPrincipal;
import org.cthub.api.support.security.Roles;

/**
 * The verified caller and its scope over reports and profiles: a partner acts for the organisation its token
 * names and reaches only that organisation's; the hub operator reaches all, for reading.
 */
record ReportCaller(CallerPrincipal principal, boolean listing) {

    static ReportCaller of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return new ReportCaller(principal, false);
        }
        throw new NotAuthorizedException("Bearer");
    }

    /** The same caller, asking for a list (a secretariat must then name its working group). */
    ReportCaller forListing() {
        return new ReportCaller(principal, true);
    }

    /** A secretariat client (and not also a partner or the hub operator, whose reach is wider or their own). */
    boolean isSecretariat() {
        return principal.hasRole(Roles.SECRETARIAT) && !principal.hasRole(Roles.PARTNER) && !principal.hasRole(Roles.HUB_ADMIN);
    }

    /** The organisation a secretariat client acts for; a token without one gets 403. */
    UUID secretariatOrganisation() {
        if (!principal.hasRole(Roles.SECRETARIAT) || principal.organisationId() == null) {
            throw new ForbiddenException();
        }
        return principal.organisationId();
    }

    String actor() {
        return principal.clientId();
    }

    /** The organisation whose records the caller reaches, or null for the hub operator, who reaches all. */
    UUID scope() {
        return principal.hasRole(Roles.PARTNER) ? organisation() : null;
    }

    /** The partner organisation the caller acts for; a token without one gets 403. */
    UUID organisation() {
        if (!principal.hasRole(Roles.PARTNER) || principal.organisationId() == null) {
            throw new ForbiddenException();
        }
        return principal.organisationId();
    }
}
