package org.cthub.api.referral;

import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import org.cthub.api.support.security.CallerPrincipal;
import org.cthub.api.support.security.Roles;

/**
 * The verified caller and its record scope over referrals: a partner acts for the organisation its token
 * names and reaches only that organisation's referrals; the hub operator reaches all, as metadata.
 */
record ReferralCaller(CallerPrincipal principal) {

    static ReferralCaller of(SecurityContext security) {
        if (security != null && security.getUserPrincipal() instanceof CallerPrincipal principal) {
            return new ReferralCaller(principal);
        }
        throw new NotAuthorizedException("Bearer");
    }

    String actor() {
        return principal.clientId();
    }

    /** True when the caller reads as a partner, scoped to its organisation, rather than as the operator. */
    boolean isPartner() {
        return principal.hasRole(Roles.PARTNER);
    }

    /** The partner organisation the caller acts for; a partner token without one gets 403. */
    UUID organisation() {
        if (!isPartner() || principal.organisationId() == null) {
            throw new ForbiddenException();
        }
        return principal.organisationId();
    }
}
