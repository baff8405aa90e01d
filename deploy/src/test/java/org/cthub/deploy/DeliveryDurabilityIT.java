package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.ReferralRequests;
import org.cthub.deploy.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * "Durable before acknowledged, at-least-once": a hub of its own (its own database, so the shared hub is
 * untouched) is killed with SIGKILL while a batch of 500 referrals is being submitted and delivered to slow
 * webhook receivers that verify every signature, then started again on the same database. Every referral
 * the hub answered 201 for arrives, none is lost, and the only duplicates are repeated webhook ids. The
 * senders retry what the kill cut off with the same Idempotency-Key, so the retries store nothing twice.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryDurabilityIT {

    private static final int REFERRALS = 500;
    private static final int SENDERS = 6;
    private static final int RECIPIENTS = 2;
    /** Received before the kill: enough to show the batch was under way, far from all of it. */
    private static final int KILL_AFTER_RECEIVED = 25;
    private static final Duration RECEIVER_DELAY = Duration.ofMillis(30);
    private static final Duration PATIENCE = Duration.ofMinutes(5);

    private Hub hub;
    private WebhookReceiver receiver;
    private final List<String> recipients = new ArrayList<>();
    private final List<String> recipientSystems = new ArrayList<>();
    private Directory.Credentials sender;
    private String senderToken;
    private Instant senderTokenExpiry = Instant.MIN;

    @BeforeAll
    void setUp() {
        receiver = WebhookReceiver.start(Path.of(System.getProperty("hub.it-dir", "target/it")).toAbsolutePath());
        hub = Hub.dedicated("durability", Map.of(
                "HUB_DELIVERY_CHANNELS", "pull-inbox,webhook",
                "HUB_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                "HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE", receiver.certificate().toString(),
                "HUB_DELIVERY_POLL_INTERVAL_MS", "200",
                "HUB_DELIVERY_BATCH_SIZE", "20",
                // what the killed node had claimed is free again after this long
                "HUB_DELIVERY_LEASE_SECONDS", "10",
                "HUB_DELIVERY_BACKOFF_INITIAL_MS", "500",
                "HUB_DELIVERY_BACKOFF_MAX_MS", "2000"));
        Directory directory = new Directory(hub);
        for (int i = 0; i < RECIPIENTS; i++) {
            String organisation = directory.activeOrganisation("ngo", "IT");
            String name = "durable-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
            var created = hub.asAdmin().contentType("application/json")
                    .body(Map.of("name", "Webhook " + name, "channel", "webhook", "formats", List.of("application/json"),
                            "webhook", Map.of("url", receiver.endpoint(name).toString())))
                    .post("/organisations/" + organisation + "/systems").then().statusCode(201).extract();
            receiver.trust(name, created.path("signingSecret"));
            recipients.add(organisation);
            recipientSystems.add(created.path("id"));
        }
        sender = directory.client(directory.activeOrganisation("ngo", "IT"), "partner");
    }

    /** The sender's token, renewed well before it expires: on a busy machine the run outlasts one token. */
    private synchronized String senderToken() {
        if (Instant.now().isAfter(senderTokenExpiry)) {
            senderToken = hub.token(sender.clientId(), sender.clientSecret());
            senderTokenExpiry = Instant.now().plusSeconds(60);
        }
        return senderToken;
    }

    @AfterAll
    void tearDown() {
        if (hub != null) {
            hub.close();
        }
        if (receiver != null) {
            receiver.close();
        }
    }

    /** One referral as its sender saw it: the id of its first 201, and whether that came before the kill. */
    record Accepted(String id, boolean beforeKill, int attempts) {
    }

    @Test
    void losesNoReferralWhenKilledMidBatch() throws Exception {
        receiver.answerAfter(RECEIVER_DELAY);
        Map<String, Accepted> accepted = new ConcurrentHashMap<>();
        Map<Integer, AtomicInteger> refusals = new ConcurrentHashMap<>();
        AtomicInteger cutOff = new AtomicInteger();
        Flag killed = new Flag();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        List<Future<?>> submissions = new ArrayList<>();
        for (int i = 0; i < REFERRALS; i++) {
            String recipient = recipients.get(i % RECIPIENTS);
            String key = UUID.randomUUID().toString();
            submissions.add(senders.submit(() -> accepted.put(key, submitUntilAccepted(recipient, key, killed, cutOff, refusals))));
        }

        await("the first deliveries").atMost(PATIENCE).pollInterval(Duration.ofMillis(20))
                .until(() -> receiver.distinct() >= KILL_AFTER_RECEIVED);
        killed.raise();
        hub.process().kill();
        int receivedAtKill = receiver.distinct();
        int acceptedAtKill = (int) accepted.values().stream().filter(Accepted::beforeKill).count();
        assertThat(receivedAtKill).as("killed mid-batch: some but not all received").isLessThan(REFERRALS);

        hub.process().start();
        for (Future<?> submission : submissions) {
            submission.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
        senders.shutdown();
        assertThat(accepted).hasSize(REFERRALS);
        Set<String> referralIds = new HashSet<>();
        accepted.values().forEach(a -> referralIds.add(a.id()));
        assertThat(referralIds).as("a retried Idempotency-Key gives the first referral, not a second one").hasSize(REFERRALS);
        assertThat(storedReferrals()).as("nothing stored twice").isEqualTo(REFERRALS);

        Map<String, String> messages = messagesFor(recipientSystems);
        assertThat(new HashSet<>(messages.values())).as("one delivery per referral, each with its message id").isEqualTo(referralIds);
        await("every message at the receivers").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(receiver.messageIds()).containsAll(messages.keySet()));
        await("every delivery recorded as delivered").atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .until(() -> undelivered(recipientSystems) == 0);

        Set<String> lost = new HashSet<>(messages.keySet());
        lost.removeAll(receiver.messageIds());
        assertThat(lost).as("lost").isEmpty();
        Set<String> beforeKill = new HashSet<>();
        accepted.values().stream().filter(Accepted::beforeKill).forEach(a -> beforeKill.add(a.id()));
        assertThat(receiver.referralIds()).as("every 201 given before the kill arrived").containsAll(beforeKill).containsAll(referralIds);
        assertThat(receiver.unverified()).as("requests whose signature did not verify").isZero();
        assertThat(receiver.messageIds()).as("no message the hub did not store").isSubsetOf(messages.keySet());
        assertDeliveredThroughTheApi(referralIds);

        System.out.printf("DeliveryDurabilityIT: %d referrals accepted (%d before the SIGKILL; %d attempts cut off or refused while "
                        + "it was down, retried with their Idempotency-Key; other refusals by status %s); %d received before the kill; after restart "
                        + "%d distinct delivered, 0 lost, %d duplicate webhook requests (at-least-once), %d requests in all%n",
                REFERRALS, acceptedAtKill, cutOff.get(), refusals, receivedAtKill, receiver.distinct(), receiver.duplicates(),
                receiver.requests());
    }

    /**
     * Submits until the hub answers 201, as a careful partner system would: a request cut off by the kill
     * (connection refused or reset) or refused while the hub restarts is sent again with the same key.
     */
    private Accepted submitUntilAccepted(String recipient, String key, Flag killed, AtomicInteger cutOff, Map<Integer, AtomicInteger> refusals) {
        Map<String, Object> body = new HashMap<>(ReferralRequests.shelterReferral(recipient, "Durable" + key.substring(0, 8)));
        body.put("urgency", "standard");
        Instant giveUp = Instant.now().plus(PATIENCE);
        int attempts = 0;
        while (Instant.now().isBefore(giveUp)) {
            attempts++;
            try {
                Response response = hub.as(senderToken()).contentType("application/json").header("Idempotency-Key", key)
                        .body(body).post("/referrals");
                boolean beforeKill = !killed.raised();
                if (response.statusCode() == 201) {
                    return new Accepted(response.path("id"), beforeKill, attempts);
                }
                refusals.computeIfAbsent(response.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            } catch (Exception | AssertionError e) {
                // RestAssured rethrows the client's IOException unchecked; a token refused while restarting fails its check
                cutOff.incrementAndGet();
            }
            sleep(Duration.ofMillis(250));
        }
        throw new AssertionError("Referral with Idempotency-Key " + key + " was never accepted");
    }

    private void assertDeliveredThroughTheApi(Set<String> referralIds) throws Exception {
        ExecutorService readers = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<String>> statuses = new ArrayList<>();
            for (String id : referralIds) {
                statuses.add(readers.submit(() -> id + " " + hub.as(senderToken()).get("/referrals/" + id)
                        .then().statusCode(200).extract().path("deliveries.status")));
            }
            for (Future<String> status : statuses) {
                assertThat(status.get(1, TimeUnit.MINUTES)).endsWith(" [delivered]");
            }
        } finally {
            readers.shutdown();
        }
    }

    private long storedReferrals() {
        return hub.database().count("SELECT count(*) FROM referral");
    }

    /** The message ids the hub stored for the systems, to the referral each carries. */
    private Map<String, String> messagesFor(List<String> systems) throws SQLException {
        Map<String, String> messages = new HashMap<>();
        try (Connection c = hub.database().connect();
             PreparedStatement select = c.prepareStatement("SELECT message_id, referral_id FROM delivery WHERE partner_system_id = ANY (?)")) {
            select.setArray(1, systemIds(c, systems));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    messages.put(rows.getString(1), rows.getString(2));
                }
            }
        }
        return messages;
    }

    private long undelivered(List<String> systems) throws SQLException {
        try (Connection c = hub.database().connect();
             PreparedStatement select = c.prepareStatement("SELECT count(*) FROM delivery WHERE partner_system_id = ANY (?) AND status <> 'DELIVERED'")) {
            select.setArray(1, systemIds(c, systems));
            try (ResultSet rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Array systemIds(Connection c, List<String> systems) throws SQLException {
        return c.createArrayOf("uuid", systems.stream().map(UUID::fromString).toArray());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Raised just before the SIGKILL: a 201 read while it is down came before the kill. */
    static final class Flag {
        private volatile boolean raised;

        void raise() {
            raised = true;
        }

        boolean raised() {
            return raised;
        }
    }
}
