package org.cthub.api.support.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.cthub.integration.access.HubTokenClaims;
import org.cthub.integration.access.HubTokenSettings;
import org.cthub.integration.access.SigningKeys;

/** How the two kinds of trusted issuer are set up: the hub itself, and an external OpenID Connect provider. */
public final class TrustedIssuers {

    /** What an external provider may sign with: RSA and EC signatures, never HMAC or none. */
    static final Set<JWSAlgorithm> ASYMMETRIC = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
            JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
            JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512);

    private TrustedIssuers() {
    }

    /** The hub's own access tokens: its key and algorithm only, {@code typ} at+jwt, roles in {@code groups}. */
    public static TrustedIssuer hub(SigningKeys keys, HubTokenSettings settings) {
        return new TrustedIssuer(settings.issuer(), settings.audience(), Set.of(keys.algorithm()),
                // a HashSet: Nimbus asks whether the set contains null (no typ), which Set.of answers with an exception
                new HashSet<>(Set.of(new JOSEObjectType(HubTokenClaims.ACCESS_TOKEN_TYPE))),
                new ImmutableJWKSet<>(keys.publicKeys()),
                ClaimPath.of(HubTokenClaims.GROUPS), ClaimPath.of(HubTokenClaims.ORGANISATION));
    }

    /** An OpenID Connect provider's access tokens, its keys fetched from its JWKS URI and cached. */
    public static TrustedIssuer oidc(OidcSettings settings) {
        return oidc(settings, remoteKeys(settings.jwksUri()));
    }

    static TrustedIssuer oidc(OidcSettings settings, JWKSource<SecurityContext> keys) {
        return new TrustedIssuer(settings.issuer(), settings.audience(), ASYMMETRIC,
                // providers mark access tokens JWT, at+jwt or not at all
                new HashSet<>(Arrays.asList(JOSEObjectType.JWT, new JOSEObjectType(HubTokenClaims.ACCESS_TOKEN_TYPE), null)),
                keys, ClaimPath.of(settings.rolesClaim()), ClaimPath.of(settings.organisationClaim()));
    }

    private static JWKSource<SecurityContext> remoteKeys(String jwksUri) {
        try {
            URL url = URI.create(jwksUri).toURL();
            // cached (5 min), refreshed ahead of expiry, rate-limited on unknown key ids, one retry on network errors
            return JWKSourceBuilder.<SecurityContext>create(url).retrying(true).build();
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("hub.oidc.jwks-uri (HUB_OIDC_JWKS_URI) is not a URL", e);
        }
    }
}
