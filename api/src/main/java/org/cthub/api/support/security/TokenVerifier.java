package org.cthub.api.support.security;

import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import org.cthub.integration.access.HubTokenSettings;
import org.cthub.integration.access.SigningKeys;

/**
 * Turns a bearer token into the caller it names, or refuses it. The token's (still unverified) issuer only
 * picks which trusted issuer checks it; that issuer then verifies signature, issuer, audience and lifetime.
 * A token of an issuer the hub does not trust is refused like any other bad token.
 */
@ApplicationScoped
public class TokenVerifier {

    @Inject
    SigningKeys keys;

    @Inject
    HubTokenSettings hubSettings;

    @Inject
    OidcSettings oidcSettings;

    private List<TrustedIssuer> issuers;

    public TokenVerifier() {
    }

    public TokenVerifier(List<TrustedIssuer> issuers) {
        this.issuers = List.copyOf(issuers);
    }

    @PostConstruct
    void trustConfiguredIssuers() {
        List<TrustedIssuer> trusted = new ArrayList<>();
        trusted.add(TrustedIssuers.hub(keys, hubSettings));
        if (oidcSettings.enabled()) {
            if (oidcSettings.issuer().equals(hubSettings.issuer())) {
                throw new IllegalStateException("hub.oidc.issuer must differ from hub.jwt.issuer");
            }
            trusted.add(TrustedIssuers.oidc(oidcSettings));
        }
        issuers = List.copyOf(trusted);
    }

    public CallerPrincipal verify(String token) throws InvalidToken {
        SignedJWT jwt;
        String issuer;
        try {
            jwt = SignedJWT.parse(token);
            issuer = jwt.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw InvalidToken.unacceptable();
        }
        for (TrustedIssuer trusted : issuers) {
            if (trusted.issuer().equals(issuer)) {
                return trusted.verify(jwt);
            }
        }
        throw InvalidToken.unacceptable();
    }
}
