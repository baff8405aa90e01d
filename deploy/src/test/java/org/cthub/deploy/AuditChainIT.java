package org.cthub.deploy;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.TestDatabase;
import org.junit.jupiter.api.Test;

/**
 * The audit log is tamper-evident: someone with database rights who disables the append-only trigger and
 * edits an entry is caught by the hub's own verification route, and readiness says where.
 * Runs on its own database, since it breaks the chain on purpose.
 */
class AuditChainIT {

    @Test
    void reportsAnEditedEntryInReadiness() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             HubProcess node = new HubProcess("tamper", Map.of(
                     "POSTGRESQL_URL", database.url(),
                     "POSTGRESQL_USER", database.user(),
                     "POSTGRESQL_PASSWORD", database.password(),
                     "HUB_ADMIN_CLIENT_ID", Hub.ADMIN_CLIENT_ID,
                     "HUB_ADMIN_CLIENT_SECRET", "tamper-test-secret-0123456789abcdef",
                     "HUB_AUDIT_VERIFY_INTERVAL_MS", "500",
                     "HUB_AUDIT_FULL_VERIFY_EVERY", "2"))) {
            node.start();
            // the admin bootstrap left a first entry; the sealer chains it and the verifier checks it
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> readiness(node)
                    .body("checks.find { it.name == 'audit-chain' }.data.verifiedEntries", greaterThan(0))
                    .body("status", equalTo("UP")));

            try (Connection db = database.connect(); Statement sql = db.createStatement()) {
                sql.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_or_delete");
                sql.execute("UPDATE audit_entry SET actor = 'someone-else' WHERE chain_position = (SELECT max(chain_position) FROM audit_entry)");
                sql.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_or_delete");
            }
            // the entry was verified before the edit: the next full walk finds it
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(node.managementUri().toString())
                    .get("/health/ready").then().statusCode(503)
                    .body("checks.find { it.name == 'audit-chain' }.status", equalTo("DOWN"))
                    .body("checks.find { it.name == 'audit-chain' }.data.brokenAtId", notNullValue()));
        }
    }

    private static io.restassured.response.ValidatableResponse readiness(HubProcess node) {
        return given().baseUri(node.managementUri().toString()).get("/health/ready").then().statusCode(200);
    }
}
