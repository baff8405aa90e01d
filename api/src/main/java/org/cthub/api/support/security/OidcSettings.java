package org.cthub.api.support.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The external OpenID Connect provider whose access tokens the hub also accepts, if any. Setting the issuer
 * switches it on and then the JWKS URI (HTTPS, or HTTP on loopback for development) and the audience are
 * required: a token for any audience would let every client of that provider in.
 */
@ApplicationScoped
public class OidcSettings {

    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    @Inject
    @ConfigProperty(name = "hub.oidc.issuer")
    Optional<String> issuer;

    @Inject
    @ConfigProperty(name = "hub.oidc.jwks-uri")
    Optional<String> jwksUri;

    @Inject
    @ConfigProperty(name = "hub.oidc.audience")
    Optional<String> audience;

    @Inject
    @ConfigProperty(name = "hub.oidc.roles-claim", defaultValue = "roles")
    String rolesClaim;

    @Inject
    @ConfigProperty(name = "hub.oidc.organisation-claim", defaultValue = "org")
    String organisationClaim;

    public OidcSettings() {
    }

    public OidcSettings(String issuer, String jwksUri, String audience, String rolesClaim, String organisationClaim) {
        this.issuer = Optional.ofNullable(issuer);
        this.jwksUri = Optional.ofNullable(jwksUri);
        this.audience = Optional.ofNullable(audience);
        this.rolesClaim = rolesClaim;
        this.organisationClaim = organisationClaim;
        check();
    }

    @PostConstruct
    void check() {
        if (!enabled()) {
            return;
        }
        if (jwksUri.filter(uri -> !uri.isBlank()).isEmpty() || audience.filter(aud -> !aud.isBlank()).isEmpty()) {
            throw new IllegalStateException("hub.oidc.issuer is set: set hub.oidc.jwks-uri and hub.oidc.audience too"
                    + " (HUB_OIDC_JWKS_URI, HUB_OIDC_AUDIENCE)");
        }
        URI uri = URI.create(jwksUri.get());
        boolean loopbackHttp = "http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !loopbackHttp) {
            throw new IllegalStateException("hub.oidc.jwks-uri must be an https URL (http only on loopback)");
        }
    }

    public boolean enabled() {
        return issuer.filter(value -> !value.isBlank()).isPresent();
    }

    public String issuer() {
        return issuer.orElseThrow();
    }

    public String jwksUri() {
        return jwksUri.orElseThrow();
    }

    public String audience() {
        return audience.orElseThrow();
    }

    public String rolesClaim() {
        return rolesClaim;
    }

    public String organisationClaim() {
        return organisationClaim;
    }
}
