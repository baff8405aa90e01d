package org.cthub.deploy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubProcess;
import org.junit.jupiter.api.Test;

/**
 * Audit entries are written with their transaction, without a lock, and sealed into one hash chain after
 * they commit. Two nodes on one database audit side by side; every entry ends up sealed exactly once, at
 * contiguous positions, each linked to the one before, and both nodes' verifiers find the chain intact.
 * The schema lets an entry be sealed once and never changed afterwards. Runs on a database of its own, so
 * the chain holds only what it wrote.
 */
class AuditSealingIT {

    private static final String GENESIS = "0".repeat(64);
    private static final int WRITES = 80;
    private static final Map<String, String> FAST_AUDIT = Map.of(
            "HUB_AUDIT_SEAL_INTERVAL_MS", "100",
            "HUB_AUDIT_VERIFY_INTERVAL_MS", "500");

    @Test
    void concurrentAuditedWritesOnTwoNodesEndInOneChain() throws Exception {
        try (Hub hub = Hub.dedicated("seal-a", FAST_AUDIT);
             HubProcess second = new HubProcess("seal-b", hub.environment(FAST_AUDIT)).start()) {
            String token = hub.adminToken();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<Integer>> registrations = new ArrayList<>();
            for (int i = 0; i < WRITES; i++) {
                URI node = (i % 2 == 0 ? hub.process() : second).baseUri();
                registrations.add(clients.submit(() -> given().baseUri(node.toString()).auth().oauth2(token)
                        .contentType(ContentType.JSON)
                        .body(Map.of("name", "Sealing NGO " + UUID.randomUUID(), "type", "ngo", "country", "AL",
                                "contact", Map.of("email", "office@al.partner.example.org")))
                        .post("/organisations").statusCode()));
            }
            for (Future<Integer> registration : registrations) {
                assertThat(registration.get()).as("registered (and audited)").isEqualTo(201);
            }
            clients.shutdown();

            try (Connection db = hub.database().connect(); Statement sql = db.createStatement()) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> count(sql, "SELECT count(*) FROM audit_entry WHERE chain_position IS NULL") == 0);
                long entries = count(sql, "SELECT count(*) FROM audit_entry");
                assertThat(count(sql, "SELECT count(*) FROM audit_entry WHERE action = 'organisation.registered'"))
                        .isEqualTo(WRITES);

                String previous = GENESIS;
                long expected = 1;
                try (ResultSet chain = sql.executeQuery(
                        "SELECT chain_position, previous_hash, hash FROM audit_entry ORDER BY chain_position")) {
                    while (chain.next()) {
                        assertThat(chain.getLong("chain_position")).as("positions run 1, 2, 3, … without a gap").isEqualTo(expected++);
                        assertThat(chain.getString("previous_hash")).as("linked to the entry before").isEqualTo(previous);
                        previous = chain.getString("hash");
                    }
                }
                assertThat(expected - 1).as("every entry sealed once").isEqualTo(entries);
                assertThat(count(sql, "SELECT last_position FROM audit_chain_head")).isEqualTo(entries);

                // sealed once, then never again: neither a new position nor new hashes
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET chain_position = chain_position + 1000000 WHERE chain_position = 1"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET hash = previous_hash WHERE chain_position = 1"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("append-only");

                for (HubProcess node : List.of(hub.process(), second)) {
                    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().baseUri(node.managementUri().toString())
                            .get("/health/ready").then().statusCode(200)
                            .body("checks.find { it.name == 'audit-chain' }.status", equalTo("UP"))
                            .body("checks.find { it.name == 'audit-chain' }.data.lastVerifiedPosition", equalTo((int) entries)));
                }
            }
        }
    }

    @Test
    void anUnsealedEntryCannotBeEditedEither() throws Exception {
        try (Hub hub = Hub.dedicated("seal-c", Map.of("HUB_AUDIT_SEAL_INTERVAL_MS", "3600000"));
             Connection db = hub.database().connect(); Statement sql = db.createStatement()) {
            // the sealer runs once a second after start, then waits an hour: what is audited now stays unsealed
            Thread.sleep(2000);
            new Directory(hub).activeOrganisation("ngo", "AL");
            assertThat(count(sql, "SELECT count(*) FROM audit_entry WHERE chain_position IS NULL")).isPositive();
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_entry SET actor = 'someone-else' WHERE chain_position IS NULL"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate(
                    "UPDATE audit_entry SET actor = 'someone-else', chain_position = 99, previous_hash = repeat('0', 64), hash = repeat('1', 64) WHERE chain_position IS NULL"))
                    .as("not even while sealing it").isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_entry WHERE chain_position IS NULL"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
    }

    private static long count(Statement sql, String query) throws SQLException {
        try (ResultSet result = sql.executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }
}
