package org.cthub.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cthub.deploy.support.HubProcess;
import org.junit.jupiter.api.Test;

/**
 * The embedded default a new user starts: no PostgreSQL, no configuration. An H2 file database, a signing
 * key and an encryption key in the data directory, and a first hub-admin printed once.
 */
class EmbeddedDefaultIT {

    // each banner line reaches the log through WildFly's stdout handler, with its own prefix
    private static final Pattern BANNER = Pattern.compile("client_id:\\s+(\\S+).*?client_secret:\\s+(\\S+)", Pattern.DOTALL);

    @Test
    void startsOnH2WithGeneratedKeysAndPrintsTheFirstAdminOnce() throws Exception {
        try (HubProcess hub = new HubProcess("embedded", Map.of())) {
            hub.start();
            given().baseUri(hub.managementUri().toString()).get("/health/ready")
                    .then().statusCode(200)
                    .body("checks.find { it.name == 'database' }.data.product", equalTo("H2"));
            assertThat(Files.list(hub.dataDir().resolve("db"))).anyMatch(p -> p.toString().endsWith(".mv.db"));
            assertOwnerOnly(hub.dataDir().resolve("keys/jwt-signing-key.pem"));
            assertOwnerOnly(hub.dataDir().resolve("keys/field-encryption.key"));

            Matcher banner = BANNER.matcher(hub.log());
            assertThat(banner.find()).as("the first start prints the first hub-admin's credentials").isTrue();
            String token = token(hub, banner.group(1), banner.group(2));
            given().baseUri(hub.baseUri().toString()).auth().oauth2(token).get("/organisations").then().statusCode(200);

            hub.stop();
            hub.start();
            given().baseUri(hub.managementUri().toString()).get("/health/ready").then().statusCode(200);
            assertThat(BANNER.matcher(hub.log()).results().count()).as("printed once, never again").isEqualTo(1);
            // the same key signs after a restart, and the admin still exists in the H2 file
            given().baseUri(hub.baseUri().toString()).auth().oauth2(token(hub, banner.group(1), banner.group(2)))
                    .get("/organisations").then().statusCode(200);
        }
    }

    private static String token(HubProcess hub, String clientId, String secret) {
        return given().baseUri(hub.baseUri().toString())
                .auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
    }

    private static void assertOwnerOnly(Path file) throws Exception {
        assertThat(file).exists();
        assertThat(Files.getPosixFilePermissions(file))
                .containsOnly(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)
                .isNotEqualTo(Set.of());
    }
}
