package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.SigningKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The token endpoint and bearer verification: what gets a token, and which tokens get 401. */
@ExtendWith(HubExtension.class)
class TokenIT {

    private static final String PROTECTED = "/clients";

    @Test
    void issuesAShortLivedSignedTokenForClientCredentials(Hub hub) throws ParseException {
        var response = hub.anonymous()
                .auth().preemptive().basic(Hub.ADMIN_CLIENT_ID, hub.adminSecret())
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .body("token_type", equalTo("Bearer"))
                .extract();
        int expiresIn = response.path("expires_in");
        assertThat(expiresIn).isBetween(30, 900);
        JWTClaimsSet claims = SignedJWT.parse(response.<String>path("access_token")).getJWTClaimsSet();
        assertThat(claims.getSubject()).isEqualTo(Hub.ADMIN_CLIENT_ID);
        assertThat(claims.getStringListClaim("groups")).containsExactly("hub-admin");
        assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isLessThanOrEqualTo(900_000);
        hub.as(response.path("access_token")).get(PROTECTED).then().statusCode(200);
    }

    @Test
    void keepsSecretsAndTokensOutOfTheLogAndCaches(Hub hub) {
        String token = hub.adminToken();
        hub.as(token).get(PROTECTED).then().statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
        hub.anonymous().get(PROTECTED).then().statusCode(401).header("Cache-Control", "no-store");
        assertThat(hub.process().log()).doesNotContain(hub.adminSecret()).doesNotContain(token);
    }

    @Test
    void acceptsClientCredentialsInTheFormBody(Hub hub) {
        hub.anonymous()
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", Hub.ADMIN_CLIENT_ID)
                .formParam("client_secret", hub.adminSecret())
                .post("/oauth2/token")
                .then().statusCode(200).body("access_token", not(equalTo(null)));
    }

    @Test
    void refusesAWrongSecretAsAnInvalidClient(Hub hub) {
        hub.anonymous()
                .auth().preemptive().basic(Hub.ADMIN_CLIENT_ID, "not-the-secret")
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .body("error", equalTo("invalid_client"));
        hub.anonymous()
                .auth().preemptive().basic("no-such-client", "whatever")
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void refusesOtherGrantTypes(Hub hub) {
        hub.anonymous()
                .auth().preemptive().basic(Hub.ADMIN_CLIENT_ID, hub.adminSecret())
                .formParam("grant_type", "password")
                .post("/oauth2/token")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("error", equalTo("unsupported_grant_type"));
    }

    @Test
    void refusesACallWithoutAToken(Hub hub) {
        hub.anonymous().get(PROTECTED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:cthub:problem:unauthenticated"));
    }

    @Test
    void acceptsAWellFormedTokenSignedWithTheHubKey(Hub hub) {
        // the control for the refusals below: the same forging, with every claim right, is accepted
        hub.as(hub.signingKey().sign(claims(hub).build())).get(PROTECTED).then().statusCode(200);
    }

    @Test
    void refusesAnExpiredToken(Hub hub) {
        Instant past = Instant.now().minusSeconds(3600);
        String token = hub.signingKey().sign(claims(hub)
                .issueTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(300))).build());
        assertRefused(hub, token);
    }

    @Test
    void refusesATokenSignedByAnotherKey(Hub hub) {
        assertRefused(hub, SigningKey.generate().sign(claims(hub).build()));
    }

    @Test
    void refusesATokenOfAnotherIssuer(Hub hub) {
        assertRefused(hub, hub.signingKey().sign(claims(hub).issuer("https://idp.example.org").build()));
    }

    @Test
    void refusesATokenForAnotherAudience(Hub hub) {
        assertRefused(hub, hub.signingKey().sign(claims(hub).audience("another-service").build()));
    }

    @Test
    void refusesUnsignedAndSymmetricallySignedTokens(Hub hub) throws JOSEException {
        String unsigned = new com.nimbusds.jwt.PlainJWT(claims(hub).build()).serialize();
        assertRefused(hub, unsigned);
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(hub).build());
        hmac.sign(new MACSigner(new byte[32]));
        assertRefused(hub, hmac.serialize());
        assertRefused(hub, "not.a.token");
    }

    private static void assertRefused(Hub hub, String token) {
        hub.as(token).get(PROTECTED)
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body(not(containsString(token)));
    }

    private static JWTClaimsSet.Builder claims(Hub hub) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer("urn:cthub:hub")
                .audience("cthub")
                .subject(Hub.ADMIN_CLIENT_ID)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(120)))
                .claim("groups", List.of("hub-admin"));
    }
}
