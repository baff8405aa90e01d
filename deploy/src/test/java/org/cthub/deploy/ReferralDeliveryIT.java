package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.ReferralRequests;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Referrals reach a pull-inbox system over HTTP on PostgreSQL: listed with the payload the consent allows,
 * listed again until acknowledged, seen by no other system, and never lost, not even when a hub node is
 * killed with SIGKILL right after accepting them.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralDeliveryIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);

    private Hub hub;
    private Directory directory;
    private String sender;
    private String senderToken;
    private String shelter;
    private Directory.Credentials shelterInbox;
    private String shelterToken;
    private String otherToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        directory = new Directory(hub);
        sender = directory.activeOrganisation("ngo", "IT");
        senderToken = directory.token(sender, "partner");
        shelter = directory.activeOrganisation("ngo", "IT");
        shelterInbox = directory.client(shelter, "partner");
        shelterToken = hub.token(shelterInbox.clientId(), shelterInbox.clientSecret());
        otherToken = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
    }

    private String submit(String recipient, String firstName) {
        return hub.as(senderToken).contentType("application/json").body(ReferralRequests.shelterReferral(recipient, firstName))
                .post("/referrals").then().statusCode(201).extract().path("id");
    }

    private static String name() {
        return "Inbox" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private List<Map<String, Object>> inbox(String token) {
        return hub.as(token).get("/inbox?size=100").then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** The message for the referral, once it has reached the inbox. */
    private Map<String, Object> awaitMessage(String token, String referralId) {
        List<Map<String, Object>> found = new ArrayList<>();
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200)).until(() -> {
            found.clear();
            inbox(token).stream().filter(m -> referralId.equals(m.get("referralId")) && "referral".equals(m.get("type"))).forEach(found::add);
            return !found.isEmpty();
        });
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void deliversAReferralToTheRecipientsInboxUntilAcknowledged() {
        String firstName = name();
        String id = submit(shelter, firstName);
        Map<String, Object> message = awaitMessage(shelterToken, id);
        assertThat(message.get("type")).isEqualTo("referral");
        JsonPath payload = JsonPath.from(hub.as(shelterToken).get("/inbox?size=100").asString());
        String messageId = (String) message.get("messageId");
        assertThat(payload.getString("items.find { it.messageId == '" + messageId + "' }.payload.person.firstName")).isEqualTo(firstName);
        assertThat(payload.getString("items.find { it.messageId == '" + messageId + "' }.payload.id")).isEqualTo(id);

        // not acknowledged: listed again, same message id
        assertThat(awaitMessage(shelterToken, id).get("messageId")).isEqualTo(messageId);

        hub.as(shelterToken).post("/inbox/" + messageId + "/ack").then().statusCode(204);
        assertThat(inbox(shelterToken)).noneMatch(m -> id.equals(m.get("referralId")));
        hub.as(shelterToken).post("/inbox/" + messageId + "/ack").then().statusCode(204);
    }

    @Test
    void showsNoOtherSystemTheMessageNorLetsItAcknowledge() {
        String firstName = name();
        String id = submit(shelter, firstName);
        String messageId = (String) awaitMessage(shelterToken, id).get("messageId");
        String seenByOther = hub.as(otherToken).get("/inbox?size=100").then().statusCode(200).extract().asString();
        assertThat(seenByOther).doesNotContain(id).doesNotContain(firstName);
        hub.as(otherToken).post("/inbox/" + messageId + "/ack").then().statusCode(404)
                .contentType("application/problem+json");
        // nor another system of the recipient's own organisation
        String sibling = directory.token(shelter, "partner");
        assertThat(inbox(sibling)).noneMatch(m -> messageId.equals(m.get("messageId")));
        hub.as(sibling).post("/inbox/" + messageId + "/ack").then().statusCode(404);
        assertThat(awaitMessage(shelterToken, id).get("messageId")).isEqualTo(messageId);
    }

    @Test
    void leavesOutPersonalFieldsWhenConsentWasWithdrawnBeforeTheNextPull() {
        // in the inbox, not yet acknowledged; one not yet there is cancelled instead (ReferralLifecycleIT)
        String firstName = name();
        String id = submit(shelter, firstName);
        String messageId = (String) awaitMessage(shelterToken, id).get("messageId");
        hub.as(senderToken).post("/referrals/" + id + "/consent/withdrawal").then().statusCode(200);
        String listing = hub.as(shelterToken).get("/inbox?size=100").asString();
        assertThat(listing).doesNotContain(firstName);
        JsonPath json = JsonPath.from(listing);
        String item = "items.find { it.messageId == '" + messageId + "' }";
        assertThat(json.getString(item + ".payload.person")).isNull();
        assertThat(json.getString(item + ".payload.currentPlace")).isNull();
        assertThat(json.getString(item + ".payload.personalDataWithheld")).isNotBlank();
    }

    @Test
    void showsTheSenderEachRecipientSystemsDeliveryBecomingDelivered() {
        String id = submit(shelter, name());
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200)
                .body("deliveries.partnerSystemId", org.hamcrest.Matchers.hasItem(shelterInbox.systemId()));
        String messageId = (String) awaitMessage(shelterToken, id).get("messageId");
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200)
                .body("deliveries.find { it.partnerSystemId == '" + shelterInbox.systemId() + "' }.status", equalTo("awaiting-ack"))
                .body("deliveries.find { it.partnerSystemId == '" + shelterInbox.systemId() + "' }.attempts", equalTo(1));
        hub.as(shelterToken).post("/inbox/" + messageId + "/ack").then().statusCode(204);
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200)
                .body("status", equalTo("delivered"))
                .body("deliveries.find { it.partnerSystemId == '" + shelterInbox.systemId() + "' }.status", equalTo("delivered"));
        hub.asAdmin().get("/referrals/" + id).then().statusCode(200)
                .body("deliveries", not(empty())).body("person", nullValue());
        hub.as(shelterToken).get("/referrals/" + id).then().statusCode(200).body("deliveries", nullValue());
    }

    @Test
    void closesADisabledSystemsInboxUntilItIsEnabledAgain() {
        String recipient = directory.activeOrganisation("ngo", "IT");
        Directory.Credentials inboxClient = directory.client(recipient, "partner");
        String token = hub.token(inboxClient.clientId(), inboxClient.clientSecret());
        String referralId = submit(recipient, name());
        awaitMessage(token, referralId);

        setStatus(recipient, inboxClient.systemId(), "disabled");
        hub.as(token).get("/inbox").then().statusCode(403).contentType("application/problem+json");

        setStatus(recipient, inboxClient.systemId(), "active");
        awaitMessage(token, referralId);
    }

    private void setStatus(String organisation, String system, String status) {
        String url = "/organisations/" + organisation + "/systems/" + system;
        var current = hub.asAdmin().get(url).then().statusCode(200).extract();
        String systemName = current.path("name");
        List<String> formats = current.path("formats");
        hub.asAdmin().contentType("application/json").header("If-Match", current.header("ETag"))
                .body(Map.of("name", systemName, "channel", "pull-inbox", "formats", formats, "status", status))
                .put(url).then().statusCode(200);
    }

    @Test
    void refusesARecipientWithoutAnActiveSystemAndStoresNothing() throws SQLException {
        String systemless = directory.activeOrganisation("ngo", "IT");
        long before = count("select count(*) from referral where referred_organisation_id = ?", systemless);
        hub.as(senderToken).contentType("application/json").body(ReferralRequests.shelterReferral(systemless, name())).post("/referrals")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("no active partner system"));
        assertThat(count("select count(*) from referral where referred_organisation_id = ?", systemless)).isEqualTo(before).isZero();
        assertThat(count("select count(*) from delivery where recipient_organisation_id = ?", systemless)).isZero();
    }

    @Test
    void losesNoDeliveryWhenANodeIsKilledRightAfterAcceptingThem() throws Exception {
        String recipient = directory.activeOrganisation("ngo", "IT");
        Directory.Credentials inbox = directory.client(recipient, "partner");
        String recipientToken = hub.token(inbox.clientId(), inbox.clientSecret());
        Set<String> submitted = new HashSet<>();
        HubProcess node = new HubProcess("delivery-node", hub.environment(Map.of(
                "HUB_DELIVERY_LEASE_SECONDS", "3", "HUB_DELIVERY_POLL_INTERVAL_MS", "200")));
        try {
            node.start();
            for (int i = 0; i < 50; i++) {
                submitted.add(io.restassured.RestAssured.given().baseUri(node.baseUri().toString()).auth().oauth2(senderToken)
                        .contentType("application/json").body(ReferralRequests.shelterReferral(recipient, name()))
                        .post("/referrals").then().statusCode(201).extract().path("id"));
            }
            node.kill();
            assertThat(count("select count(*) from delivery where recipient_organisation_id = ?", recipient)).isEqualTo(50);
            node.start();
        } finally {
            node.close();
        }
        Map<String, String> messages = new HashMap<>();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            inbox(recipientToken).forEach(m -> messages.put((String) m.get("referralId"), (String) m.get("messageId")));
            return messages.keySet().containsAll(submitted);
        });
        assertThat(messages.keySet()).isEqualTo(submitted);
        messages.values().forEach(messageId -> hub.as(recipientToken).post("/inbox/" + messageId + "/ack").then().statusCode(204));
        hub.as(recipientToken).get("/inbox?size=100").then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(0));
        assertThat(count("select count(*) from delivery where recipient_organisation_id = ? and status = 'DELIVERED'", recipient)).isEqualTo(50);
    }

    @Test
    void letsTheHubOperatorReplayADeadLetter() throws SQLException {
        String id = submit(shelter, name());
        String messageId = (String) awaitMessage(shelterToken, id).get("messageId");
        String deliveryId = deadLetter(messageId);
        hub.asAdmin().get("/deliveries/dead-letters?size=100").then().statusCode(200)
                .body("items.find { it.id == '" + deliveryId + "' }.status", equalTo("dead-lettered"))
                .body("items.find { it.id == '" + deliveryId + "' }.payload", nullValue());
        hub.asAdmin().post("/deliveries/" + deliveryId + "/replay").then().statusCode(200)
                .body("status", equalTo("pending")).body("attempts", equalTo(0)).body("messageId", equalTo(messageId));
        hub.asAdmin().post("/deliveries/" + deliveryId + "/replay").then().statusCode(409);
        assertThat(awaitMessage(shelterToken, id).get("messageId")).isEqualTo(messageId);

        String other = deadLetter((String) awaitMessage(shelterToken, submit(shelter, name())).get("messageId"));
        int replayed = hub.asAdmin().post("/deliveries/dead-letters/replay").then().statusCode(200).extract().path("replayed");
        assertThat(replayed).isGreaterThanOrEqualTo(1);
        hub.asAdmin().get("/deliveries/dead-letters?size=100").then().statusCode(200)
                .body("items.id", not(org.hamcrest.Matchers.hasItem(other)));
    }

    /** Makes the delivery dead-lettered behind the hub's back, as exhausted retries would; returns its id. */
    private String deadLetter(String messageId) throws SQLException {
        try (Connection db = hub.database().connect();
                PreparedStatement update = db.prepareStatement(
                        "update delivery set status = 'DEAD_LETTERED', attempts = 12, last_error = 'test' where message_id = ? returning id")) {
            update.setObject(1, UUID.fromString(messageId));
            try (ResultSet rows = update.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private long count(String sql, String parameter) throws SQLException {
        try (Connection db = hub.database().connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setObject(1, UUID.fromString(parameter));
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
