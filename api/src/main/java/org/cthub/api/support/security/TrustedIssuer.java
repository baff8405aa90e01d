package org.cthub.api.support.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import com.nimbusds.jwt.proc.ExpiredJWTException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One issuer whose tokens the hub accepts: its keys, the algorithms it may use (asymmetric only, so neither
 * {@code none} nor an HMAC keyed with a public key can pass), the audience, and where in its tokens the
 * roles and the organisation sit. Only the hub's four roles are taken from a token; others are ignored.
 */
public final class TrustedIssuer {

    static final int CLOCK_SKEW_SECONDS = 30;
    private static final Logger LOG = Logger.getLogger(TrustedIssuer.class.getName());
    private static final Set<String> HUB_ROLES = Set.of(Roles.HUB_ADMIN, Roles.PARTNER, Roles.SECRETARIAT, Roles.REVIEWER);

    private final String issuer;
    private final DefaultJWTProcessor<SecurityContext> processor;
    private final ClaimPath rolesClaim;
    private final ClaimPath organisationClaim;

    TrustedIssuer(String issuer, String audience, Set<JWSAlgorithm> algorithms, Set<JOSEObjectType> types,
            JWKSource<SecurityContext> keys, ClaimPath rolesClaim, ClaimPath organisationClaim) {
        this.issuer = issuer;
        this.rolesClaim = rolesClaim;
        this.organisationClaim = organisationClaim;
        this.processor = new DefaultJWTProcessor<>();
        processor.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(types));
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(algorithms, keys));
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(Set.of(audience),
                new JWTClaimsSet.Builder().issuer(issuer).build(), Set.of("sub", "exp"), null);
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        processor.setJWTClaimsSetVerifier(claims);
    }

    public String issuer() {
        return issuer;
    }

    /** The caller the token names, once its signature, type, issuer, audience and lifetime check out. */
    public CallerPrincipal verify(SignedJWT token) throws InvalidToken {
        JWTClaimsSet claims;
        try {
            claims = processor.process(token, null);
        } catch (ExpiredJWTException e) {
            throw InvalidToken.expired();
        } catch (BadJOSEException | JOSEException | RuntimeException e) {
            // a hostile token must never become a 500; the reason only at FINE, and never the token itself
            LOG.log(Level.FINE, "Refused a bearer token of {0}: {1}", new Object[] {issuer, e.getMessage()});
            throw InvalidToken.unacceptable();
        }
        return new CallerPrincipal(claims.getSubject(), organisationOf(claims), rolesOf(claims));
    }

    private Set<String> rolesOf(JWTClaimsSet claims) {
        Set<String> roles = new LinkedHashSet<>(rolesClaim.readStrings(claims.toJSONObject()));
        roles.retainAll(HUB_ROLES);
        return roles;
    }

    private UUID organisationOf(JWTClaimsSet claims) throws InvalidToken {
        Object value = organisationClaim.read(claims.toJSONObject());
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value.toString());
        } catch (IllegalArgumentException e) {
            // a token naming an organisation the hub cannot read must not pass as one naming none
            throw InvalidToken.unacceptable();
        }
    }
}
