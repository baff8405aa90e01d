package org.cthub.api.support.security;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.Method;
import java.util.Set;

/**
 * Who may call a resource method, read from its annotations. The method's own annotation wins, then the
 * class's {@code @RolesAllowed}. {@code @PermitAll} counts only on a method, because opening an operation to
 * every authenticated caller is a decision per operation. Anything else, including no annotation, is nobody.
 */
public record AccessRule(boolean everyone, Set<String> roles) {

    public static final AccessRule NOBODY = new AccessRule(false, Set.of());
    public static final AccessRule EVERYONE = new AccessRule(true, Set.of());

    public AccessRule {
        roles = Set.copyOf(roles);
    }

    public static AccessRule of(Method method, Class<?> resourceClass) {
        if (method.isAnnotationPresent(DenyAll.class)) {
            return NOBODY;
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return EVERYONE;
        }
        RolesAllowed allowed = method.getAnnotation(RolesAllowed.class);
        if (allowed == null && !resourceClass.isAnnotationPresent(DenyAll.class)) {
            allowed = resourceClass.getAnnotation(RolesAllowed.class);
        }
        return allowed == null ? NOBODY : new AccessRule(false, Set.of(allowed.value()));
    }

    public boolean admits(CallerPrincipal caller) {
        return everyone || roles.stream().anyMatch(caller::hasRole);
    }
}
