package org.cthub.api.support.security;

import java.security.Principal;
import java.util.Set;
import java.util.UUID;

/**
 * Who is calling, as the verified bearer token says: the client (token subject), the partner organisation
 * it acts for (null for a hub-admin without one) and its roles.
 */
public record CallerPrincipal(String clientId, UUID organisationId, Set<String> roles) implements Principal {

    public CallerPrincipal {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return clientId;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True when the caller acts for the given organisation. */
    public boolean actsFor(UUID organisation) {
        return organisationId != null && organisationId.equals(organisation);
    }
}
