package org.cthub.api.support.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExternalIssuerTest {

    private static final String ISSUER = "https://keycloak.example.org/realms/cthub";
    private static final UUID ORG = UUID.randomUUID();
    private static RSAKey providerKey;

    @BeforeAll
    static void providerKey() throws Exception {
        providerKey = new RSAKeyGenerator(2048).keyID("kc-1").generate();
    }

    @Test
    void acceptsProviderTokenWithRolesAtANestedPath() throws Exception {
        CallerPrincipal caller = verifier("realm_access.roles").verify(token(claims -> claims));

        assertThat(caller.clientId()).isEqualTo("service-account-ngo");
        assertThat(caller.organisationId()).isEqualTo(ORG);
        assertThat(caller.roles()).containsExactlyInAnyOrder("partner", "secretariat");
    }

    @Test
    void takesOnlyTheHubsRolesFromAToken() throws Exception {
        CallerPrincipal caller = verifier("realm_access.roles").verify(token(claims -> claims));

        assertThat(caller.roles()).doesNotContain("offline_access", "uma_authorization");
    }

    @Test
    void readsNoRolesWhenThePathLeadsNowhere() throws Exception {
        assertThat(verifier("resource_access.cthub.roles").verify(token(claims -> claims)).roles()).isEmpty();
    }

    @Test
    void refusesProviderTokenForAnotherAudience() {
        String token = token(claims -> claims.audience("account"));

        assertThatThrownBy(() -> verifier("realm_access.roles").verify(token)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesTokenOfAnUntrustedIssuer() {
        String token = token(claims -> claims.issuer("https://evil.example.org/realms/cthub"));

        assertThatThrownBy(() -> verifier("realm_access.roles").verify(token)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesTokenWhoseOrganisationIsNotAnId() {
        String token = token(claims -> claims.claim("org", "ngo-berlin"));

        assertThatThrownBy(() -> verifier("realm_access.roles").verify(token)).isInstanceOf(InvalidToken.class);
    }

    @Test
    void refusesProviderSettingsWithoutAudience() {
        assertThatThrownBy(() -> new OidcSettings(ISSUER, "https://keycloak.example.org/certs", null, "roles", "org"))
                .hasMessageContaining("hub.oidc.audience");
    }

    @Test
    void refusesPlainHttpJwksOutsideLoopback() {
        assertThatThrownBy(() -> new OidcSettings(ISSUER, "http://keycloak.example.org/certs", "cthub", "roles", "org"))
                .hasMessageContaining("https");
    }

    private TokenVerifier verifier(String rolesClaim) {
        OidcSettings settings = new OidcSettings(ISSUER, "https://keycloak.example.org/certs", "cthub", rolesClaim, "org");
        return new TokenVerifier(List.of(TrustedIssuers.oidc(settings, new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())))));
    }

    private static String token(UnaryOperator<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of("cthub", "account"))
                .subject("service-account-ngo")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .claim("realm_access", Map.of("roles", List.of("partner", "secretariat", "offline_access", "uma_authorization")))
                .claim("org", ORG.toString());
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("kc-1").type(JOSEObjectType.JWT).build(),
                    change.apply(claims).build());
            jwt.sign(new RSASSASigner(providerKey));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
