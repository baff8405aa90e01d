package org.cthub.deploy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.SigningKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A hub node that also trusts an external OpenID Connect issuer (Keycloak-style roles claim), whose keys
 * it fetches from a real JWKS endpoint over HTTP. Its own tokens keep working beside them.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExternalIssuerIT {

    private static final String AUDIENCE = "cthub-api";

    private final SigningKey idpKey = SigningKey.generate();
    private HttpServer jwks;
    private HubProcess node;
    private String issuer;

    @BeforeAll
    void startIdentityProviderAndNode(Hub hub) throws IOException {
        jwks = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] keys = new JWKSet(idpKey.jwk().toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        jwks.createContext("/realms/ct/protocol/openid-connect/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, keys.length);
            exchange.getResponseBody().write(keys);
            exchange.close();
        });
        jwks.start();
        issuer = "http://127.0.0.1:" + jwks.getAddress().getPort() + "/realms/ct";
        node = new HubProcess("oidc-node", hub.environment(Map.of(
                "HUB_OIDC_ISSUER", issuer,
                "HUB_OIDC_JWKS_URI", issuer + "/protocol/openid-connect/certs",
                "HUB_OIDC_AUDIENCE", AUDIENCE,
                "HUB_OIDC_ROLES_CLAIM", "realm_access.roles"))).start();
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.stop();
        }
        if (jwks != null) {
            jwks.stop(0);
        }
    }

    @Test
    void acceptsTheExternalIssuersTokenWithItsRoles() {
        given().baseUri(node.baseUri().toString()).auth().oauth2(external(List.of("hub-admin", "offline_access")))
                .get("/clients").then().statusCode(200);
    }

    @Test
    void takesOnlyTheHubsRolesFromAnExternalToken() {
        given().baseUri(node.baseUri().toString()).auth().oauth2(external(List.of("offline_access", "uma_authorization")))
                .get("/clients").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:cthub:problem:forbidden"));
    }

    @Test
    void stillAcceptsTheHubsOwnTokens(Hub hub) {
        given().baseUri(node.baseUri().toString()).auth().oauth2(hub.adminToken())
                .get("/clients").then().statusCode(200);
    }

    @Test
    void refusesATokenFromTheExternalIssuerSignedByAnotherKey() {
        String forged = SigningKey.generate().sign(claims(List.of("hub-admin")).build());
        given().baseUri(node.baseUri().toString()).auth().oauth2(forged)
                .get("/clients").then().statusCode(401);
    }

    @Test
    void refusesAnExternalTokenWhereTheHubDoesNotTrustTheIssuer(Hub hub) {
        // the shared node has no external issuer configured
        hub.as(external(List.of("hub-admin"))).get("/clients").then().statusCode(401);
    }

    private String external(List<String> roles) {
        return idpKey.sign(claims(roles).build());
    }

    private JWTClaimsSet.Builder claims(List<String> roles) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience(AUDIENCE)
                .subject("keycloak-user-" + UUID.randomUUID())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("realm_access", Map.of("roles", roles));
    }
}
