package org.cthub.api.support.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** Lets a request through to one resource method only if its caller satisfies that method's {@link AccessRule}. */
final class RoleCheck implements ContainerRequestFilter {

    private final AccessRule rule;

    RoleCheck(AccessRule rule) {
        this.rule = rule;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof CallerPrincipal caller)) {
            // only reachable if authentication was skipped for a method that is not public: refuse
            request.abortWith(AccessRefusals.missingToken());
            return;
        }
        if (!rule.admits(caller)) {
            request.abortWith(AccessRefusals.forbidden());
        }
    }
}
