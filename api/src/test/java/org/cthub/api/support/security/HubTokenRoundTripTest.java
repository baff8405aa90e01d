package org.cthub.api.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.cthub.integration.access.ClientAuthenticationFailed;
import org.cthub.integration.access.HubTokenSettings;
import org.cthub.integration.access.IssuingToken;
import org.cthub.integration.access.SecretHasher;
import org.cthub.integration.access.SigningKeys;
import org.cthub.persistence.access.ApiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HubTokenRoundTripTest {

    private static final HubTokenSettings SETTINGS = new HubTokenSettings("urn:cthub:hub", "cthub", 300);
    private static final UUID ORG = UUID.randomUUID();
    private static final String SECRET = "correct-horse-battery-staple-0123456789";

    @TempDir
    Path dataDir;

    private final InMemoryApiClients clients = new InMemoryApiClients();
    private final SecretHasher hasher = new SecretHasher();
    private SigningKeys keys;
    private ApiClient partner;

    @BeforeEach
    void registerPartner() {
        keys = SigningKeys.load(Optional.empty(), dataDir);
        partner = ApiClient.forPartnerSystem(ORG, UUID.randomUUID(), Set.of("partner", "reviewer"), hasher.hash(SECRET), Instant.now());
        clients.add(partner);
    }

    @Test
    void issuedTokenVerifiesAsTheClientWithItsRolesAndOrganisation() throws Exception {
        CallerPrincipal caller = verifier().verify(issue(SETTINGS, Clock.systemUTC()));

        assertThat(caller.clientId()).isEqualTo(partner.clientId());
        assertThat(caller.organisationId()).isEqualTo(ORG);
        assertThat(caller.roles()).containsExactlyInAnyOrder("partner", "reviewer");
    }

    @Test
    void issuedTokenCarriesTheAgreedClaims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(issue(SETTINGS, Clock.systemUTC()));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertThat(jwt.getHeader().getKeyID()).isEqualTo(keys.keyId());
        assertThat(jwt.getHeader().getType().getType()).isEqualTo("at+jwt");
        assertThat(claims.getIssuer()).isEqualTo("urn:cthub:hub");
        assertThat(claims.getAudience()).containsExactly("cthub");
        assertThat(claims.getSubject()).isEqualTo(partner.clientId());
        assertThat(claims.getStringListClaim("groups")).containsExactlyInAnyOrder("partner", "reviewer");
        assertThat(claims.getStringClaim("org")).isEqualTo(ORG.toString());
        assertThat(claims.getJWTID()).isNotBlank();
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant())).hasSeconds(300);
    }

    @Test
    void refusesWrongSecretUnknownClientAndRevokedClientAlike() {
        IssuingToken issuing = new IssuingToken(clients, hasher, keys, SETTINGS, Clock.systemUTC());

        assertThatThrownBy(() -> issuing.issue(partner.clientId(), "wrong")).isInstanceOf(ClientAuthenticationFailed.class);
        assertThatThrownBy(() -> issuing.issue("nobody", SECRET)).isInstanceOf(ClientAuthenticationFailed.class);
        partner.revoke(Instant.now());
        assertThatThrownBy(() -> issuing.issue(partner.clientId(), SECRET))
                .isInstanceOf(ClientAuthenticationFailed.class).hasMessage("Client authentication failed");
    }

    @Test
    void refusesExpiredToken() {
        Clock anHourAgo = Clock.fixed(Instant.now().minus(Duration.ofHours(1)), ZoneOffset.UTC);
        String token = issue(SETTINGS, anHourAgo);

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("expired");
    }

    @Test
    void acceptsTokenWithinClockSkew() throws Exception {
        Clock slightlyAhead = Clock.fixed(Instant.now().plusSeconds(10), ZoneOffset.UTC);

        assertThat(verifier().verify(issue(SETTINGS, slightlyAhead)).clientId()).isEqualTo(partner.clientId());
    }

    @Test
    void aVerifiedTokenIsRememberedAsItsExactTextOnly() throws Exception {
        TokenVerifier verifier = verifier();
        String token = issue(SETTINGS, Clock.systemUTC());
        CallerPrincipal first = verifier.verify(token);
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"partner\"", "\"hub-admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        assertThat(verifier.verify(token)).isEqualTo(first);
        assertThatThrownBy(() -> verifier.verify(tampered)).isInstanceOf(InvalidToken.class);
        assertThatThrownBy(() -> verifier.verify(token + "x")).isInstanceOf(InvalidToken.class);
    }

    @Test
    void aTokenAcceptedWithinTheClockSkewIsNotRememberedPastIt() throws Exception {
        TokenVerifier verifier = verifier();
        // expired 25 s ago: accepted for 5 s more within the 30 s of clock skew, then refused
        Clock issuedEarlier = Clock.fixed(Instant.now().minusSeconds(300 + 25), ZoneOffset.UTC);
        String token = issue(SETTINGS, issuedEarlier);
        assertThat(verifier.verify(token).clientId()).isEqualTo(partner.clientId());

        Thread.sleep(6000);

        assertThatThrownBy(() -> verifier.verify(token)).isInstanceOf(InvalidToken.class).hasMessageContaining("expired");
    }

    @Test
    void refusesTokenOfAnotherIssuer() {
        String token = issue(new HubTokenSettings("urn:elsewhere", "cthub", 300), Clock.systemUTC());

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesTokenForAnotherAudience() {
        String token = issue(new HubTokenSettings("urn:cthub:hub", "another-service", 300), Clock.systemUTC());

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesTokenSignedByAnotherKey(@TempDir Path otherDir) {
        SigningKeys otherKeys = SigningKeys.load(Optional.empty(), otherDir);
        String token = new IssuingToken(clients, hasher, otherKeys, SETTINGS, Clock.systemUTC()).issue(partner.clientId(), SECRET).accessToken();

        assertThatThrownBy(() -> verifier().verify(token)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesUnsignedToken() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(issue(SETTINGS, Clock.systemUTC())).getJWTClaimsSet();
        String unsigned = new PlainJWT(new PlainHeader(), claims).serialize();

        assertThatThrownBy(() -> verifier().verify(unsigned)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesHmacTokenKeyedWithThePublicKey() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(issue(SETTINGS, Clock.systemUTC())).getJWTClaimsSet();
        byte[] publicKey = keys.publicKeys().toString().getBytes();
        SignedJWT forged = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(keys.keyId()).build(), claims);
        forged.sign(new MACSigner(publicKey));

        assertThatThrownBy(() -> verifier().verify(forged.serialize())).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesTokenWhosePayloadWasChanged() {
        String[] parts = issue(SETTINGS, Clock.systemUTC()).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"partner\"", "\"hub-admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];

        assertThatThrownBy(() -> verifier().verify(tampered)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesMalformedTokenWithoutQuotingIt() {
        assertThatThrownBy(() -> verifier().verify("not-a-jwt-secret-looking-text"))
                .isInstanceOf(InvalidToken.class)
                .satisfies(refusal -> assertThat(refusal.getMessage()).doesNotContain("not-a-jwt"));
    }

    @Test
    void refusesTokenWithoutExpiry() throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(SignedJWT.parse(issue(SETTINGS, Clock.systemUTC())).getJWTClaimsSet())
                .expirationTime(null).issueTime(new Date()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(keys.algorithm()).keyID(keys.keyId())
                .type(new com.nimbusds.jose.JOSEObjectType("at+jwt")).build(), claims);
        jwt.sign(keys.signer());

        assertThatThrownBy(() -> verifier().verify(jwt.serialize())).isInstanceOf(InvalidToken.class);
    }

    private String issue(HubTokenSettings settings, Clock clock) {
        return new IssuingToken(clients, hasher, keys, settings, clock).issue(partner.clientId(), SECRET).accessToken();
    }

    private TokenVerifier verifier() {
        return new TokenVerifier(List.of(TrustedIssuers.hub(keys, SETTINGS)));
    }
}
