package org.cthub.api.support.security;

import jakarta.ws.rs.core.SecurityContext;

/** The JAX-RS security context of a request whose bearer token checked out. */
final class CallerSecurityContext implements SecurityContext {

    static final String BEARER = "Bearer";

    private final CallerPrincipal caller;
    private final boolean secure;

    CallerSecurityContext(CallerPrincipal caller, boolean secure) {
        this.caller = caller;
        this.secure = secure;
    }

    @Override
    public CallerPrincipal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return caller.hasRole(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BEARER;
    }
}
