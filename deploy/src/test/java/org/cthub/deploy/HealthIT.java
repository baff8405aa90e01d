package org.cthub.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HubExtension.class)
class HealthIT {

    @Test
    void isAliveAndReadyOnPostgreSql(Hub hub) {
        given().baseUri(hub.process().managementUri().toString())
                .get("/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("hub"));
        given().baseUri(hub.process().managementUri().toString())
                .get("/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'database' }.data.product", equalTo("PostgreSQL"))
                .body("checks.find { it.name == 'camel' }.data.context", equalTo("Started"));
    }

    @Test
    void runsTheAuditChainRouteInsideTheDeployedHub(Hub hub) {
        JsonPath first = readiness(hub);
        int runs = first.getInt("checks.find { it.name == 'audit-chain' }.data.verificationRuns");
        given().baseUri(hub.process().managementUri().toString())
                .get("/health/ready")
                .then().body("checks.find { it.name == 'camel' }.data.'route.audit-verify-chain'", equalTo("Started"))
                .body("checks.find { it.name == 'camel' }.data.'route.audit-seal-chain'", equalTo("Started"));
        // the route runs every second in tests: its counter moves while we watch
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().baseUri(hub.process().managementUri().toString())
                        .get("/health/ready")
                        .then().body("checks.find { it.name == 'audit-chain' }.data.verificationRuns", greaterThanOrEqualTo(runs + 2))
                        .body("checks.find { it.name == 'audit-chain' }.status", equalTo("UP")));
    }

    private static JsonPath readiness(Hub hub) {
        return given().baseUri(hub.process().managementUri().toString()).get("/health/ready").jsonPath();
    }
}
