package org.cthub.api.support.security;

import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    /** How long a verified token is taken on its word, at most (never past its expiry). */
    static final Duration REMEMBERED = Duration.ofSeconds(30);
    /** How many verified tokens are remembered at most. */
    static final int MAX_REMEMBERED = 4096;

    private List<TrustedIssuer> issuers;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

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

    /**
     * The caller the token names. A token verified in full is remembered, as its exact text, until it expires
     * but for at most {@link #REMEMBERED}, so a client sending the same token with every request pays the
     * signature check about twice a minute rather than each time. Refusals are never remembered.
     */
    public CallerPrincipal verify(String token) throws InvalidToken {
        Instant now = Instant.now();
        Verified known = verified.get(token);
        if (known != null && now.isBefore(known.until())) {
            return known.caller();
        }
        SignedJWT jwt;
        String issuer;
        Date expiry;
        try {
            jwt = SignedJWT.parse(token);
            issuer = jwt.getJWTClaimsSet().getIssuer();
            expiry = jwt.getJWTClaimsSet().getExpirationTime();
        } catch (ParseException e) {
            throw InvalidToken.unacceptable();
        }
        for (TrustedIssuer trusted : issuers) {
            if (trusted.issuer().equals(issuer)) {
                CallerPrincipal caller = trusted.verify(jwt);
                remember(token, caller, expiry.toInstant(), now);
                return caller;
            }
        }
        throw InvalidToken.unacceptable();
    }

    private void remember(String token, CallerPrincipal caller, Instant expiry, Instant now) {
        Instant until = expiry.isBefore(now.plus(REMEMBERED)) ? expiry : now.plus(REMEMBERED);
        if (!until.isAfter(now)) {
            return; // accepted within the clock skew only: check it in full each time
        }
        if (verified.size() >= MAX_REMEMBERED) {
            verified.values().removeIf(v -> !now.isBefore(v.until()));
            if (verified.size() >= MAX_REMEMBERED) {
                verified.clear();
            }
        }
        verified.put(token, new Verified(caller, until));
    }

    /** A token that passed every check, and until when that stands without checking again. */
    private record Verified(CallerPrincipal caller, Instant until) {
    }
}
