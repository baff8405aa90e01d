package org.cthub.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.util.Map;
import org.cthub.deploy.support.HubProcess;
import org.junit.jupiter.api.Test;

/** The embedded default a new user starts: no PostgreSQL, an H2 file database in the data directory. */
class EmbeddedDefaultIT {

    @Test
    void startsOnH2InTheDataDirectoryAndKeepsDataAcrossRestarts() throws Exception {
        try (HubProcess hub = new HubProcess("embedded", Map.of())) {
            hub.start();
            given().baseUri(hub.managementUri().toString()).get("/health/ready")
                    .then().statusCode(200)
                    .body("checks.find { it.name == 'database' }.data.product", equalTo("H2"));
            assertThat(Files.list(hub.dataDir().resolve("db"))).anyMatch(p -> p.toString().endsWith(".mv.db"));
            given().baseUri(hub.baseUri().toString()).get("/openapi").then().statusCode(200);

            hub.stop();
            hub.start();
            given().baseUri(hub.managementUri().toString()).get("/health/ready").then().statusCode(200);
        }
    }
}
