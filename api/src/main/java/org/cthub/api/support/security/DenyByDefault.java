package org.cthub.api.support.security;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Puts a role check in front of every resource method, so access is refused unless the method says who may
 * call it; a method that says nothing is refused to everyone. {@code @PermitAll} methods get no check (the
 * token endpoint, where callers have no token yet). {@code DenyByDefaultTest} catches unannotated methods
 * at build time; this catches them at run time too.
 */
@Provider
public class DenyByDefault implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        AccessRule rule = AccessRule.of(resource.getResourceMethod(), resource.getResourceClass());
        if (!rule.everyone()) {
            context.register(new RoleCheck(rule), Priorities.AUTHORIZATION);
        }
    }
}
