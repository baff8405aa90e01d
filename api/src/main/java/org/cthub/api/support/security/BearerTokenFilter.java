package org.cthub.api.support.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Authenticates every request to the API by its bearer token, before JAX-RS even matches a resource, so an
 * anonymous caller learns nothing, not even which paths exist. The one exception is the token endpoint,
 * where clients authenticate with their credentials instead.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class BearerTokenFilter implements ContainerRequestFilter {

    /** The token endpoint, relative to the application root. */
    public static final String TOKEN_PATH = "oauth2/token";
    /** The integrators' documentation page and the files it loads, public like /openapi. */
    public static final String DOCS_PATH = "docs";
    private static final String BEARER_PREFIX = "Bearer ";

    @Inject
    TokenVerifier verifier;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isTokenRequest(request) || isDocsRequest(request)) {
            return;
        }
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER_PREFIX, 0, BEARER_PREFIX.length())) {
            request.abortWith(AccessRefusals.missingToken());
            return;
        }
        try {
            CallerPrincipal caller = verifier.verify(authorization.substring(BEARER_PREFIX.length()).trim());
            request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext().isSecure()));
        } catch (InvalidToken refusal) {
            request.abortWith(AccessRefusals.invalidToken(refusal));
        }
    }

    private static boolean isTokenRequest(ContainerRequestContext request) {
        return HttpMethod.POST.equals(request.getMethod()) && TOKEN_PATH.equals(relativePath(request));
    }

    private static boolean isDocsRequest(ContainerRequestContext request) {
        String path = relativePath(request);
        return HttpMethod.GET.equals(request.getMethod()) && (DOCS_PATH.equals(path) || path.startsWith(DOCS_PATH + "/"));
    }

    private static String relativePath(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }
}
