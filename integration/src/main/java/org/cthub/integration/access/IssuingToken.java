package org.cthub.integration.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import org.cthub.persistence.access.ApiClient;
import org.cthub.persistence.access.ApiClients;

/**
 * The client credentials grant: an active client's id and secret buy a short-lived JWT signed by the hub,
 * naming the client, its roles and its organisation. An unknown id, a wrong secret and a revoked client are
 * refused alike and take as long. Deliberately not transactional: the slow hash runs without holding a
 * database connection.
 */
@ApplicationScoped
public class IssuingToken {

    @Inject
    ApiClients clients;

    @Inject
    SecretHasher hasher;

    @Inject
    SigningKeys keys;

    @Inject
    HubTokenSettings settings;

    Clock clock = Clock.systemUTC();

    public IssuingToken() {
    }

    public IssuingToken(ApiClients clients, SecretHasher hasher, SigningKeys keys, HubTokenSettings settings, Clock clock) {
        this.clients = clients;
        this.hasher = hasher;
        this.keys = keys;
        this.settings = settings;
        this.clock = clock;
    }

    public IssuedToken issue(String clientId, String clientSecret) {
        Optional<ApiClient> client = clients.find(clientId);
        boolean secretMatches = hasher.matches(clientSecret, client.map(ApiClient::secretHash).orElseGet(hasher::decoyHash));
        if (client.isEmpty() || !secretMatches || !client.get().isActive()) {
            throw new ClientAuthenticationFailed();
        }
        return new IssuedToken(sign(claimsFor(client.get())), settings.lifetimeSeconds());
    }

    private JWTClaimsSet claimsFor(ApiClient client) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(settings.issuer())
                .audience(settings.audience())
                .subject(client.clientId())
                .claim(HubTokenClaims.CLIENT_ID, client.clientId())
                .claim(HubTokenClaims.GROUPS, new ArrayList<>(client.roles()))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(settings.lifetimeSeconds())));
        if (client.organisationId() != null) {
            claims.claim(HubTokenClaims.ORGANISATION, client.organisationId().toString());
        }
        return claims.build();
    }

    private String sign(JWTClaimsSet claims) {
        JWSHeader header = new JWSHeader.Builder(keys.algorithm())
                .keyID(keys.keyId())
                .type(new JOSEObjectType(HubTokenClaims.ACCESS_TOKEN_TYPE))
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(keys.signer());
        } catch (JOSEException e) {
            throw new IllegalStateException("Signing an access token failed", e);
        }
        return jwt.serialize();
    }
}
