import io.restassured.response.Response;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.ReferralRequests;
import org.cthub.deploy.support.WebhookReceiver;

/**
 * Rough referral throughput, for the referrals issue's closing note (the benchmarks issue measures properly):
 * referrals accepted per second with M parallel partner clients, then webhook deliveries per second to one
 * local HTTPS receiver that verifies every signature. A hub of its own on a fresh PostgreSQL database, through
 * the same harness the integration tests use. Not a test: it asserts nothing about speed.
 *
 * <p>Phase 1 runs a node that serves only the pull inbox, so the webhook deliveries wait in the outbox and
 * take no CPU from accepting; phase 2 stops it and starts a node on the same database that delivers them.
 */
public final class ReferralsRough {

    public static void main(String[] args) throws Exception {
        int referrals = Integer.parseInt(System.getenv().getOrDefault("REFERRALS", "1000"));
        int clients = Integer.parseInt(System.getenv().getOrDefault("CLIENTS", "8"));
        Path workDir = Path.of(System.getProperty("hub.it-dir", "bench/target")).toAbsolutePath();
        try (WebhookReceiver receiver = WebhookReceiver.start(workDir);
             Hub hub = Hub.dedicated("bench-accept", Map.of("HUB_DELIVERY_CHANNELS", "pull-inbox",
                     "HUB_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                     "HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE", receiver.certificate().toString()))) {
            Directory directory = new Directory(hub);
            String recipient = directory.activeOrganisation("ngo", "IT");
            var system = hub.asAdmin().contentType("application/json")
                    .body(Map.of("name", "Bench webhook", "channel", "webhook", "formats", List.of("application/json"),
                            "webhook", Map.of("url", receiver.endpoint("bench").toString())))
                    .post("/organisations/" + recipient + "/systems").then().statusCode(201).extract();
            receiver.trust("bench", system.path("signingSecret"));
            String sender = directory.activeOrganisation("ngo", "IT");
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                tokens.add(directory.token(sender, "partner"));
            }
            warmUp(hub, tokens.get(0), recipient);

            AtomicInteger refused = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> done = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < referrals; i++) {
                String token = tokens.get(i % clients);
                done.add(pool.submit(() -> {
                    if (submit(hub, token, recipient).statusCode() != 201) {
                        refused.incrementAndGet();
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double acceptSeconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            int accepted = referrals - refused.get();

            hub.process().stop();
            int warmUpMessages = 3;
            try (HubProcess deliverer = new HubProcess("bench-deliver", hub.environment(Map.of(
                    "HUB_DELIVERY_CHANNELS", "pull-inbox,webhook",
                    "HUB_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                    "HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE", receiver.certificate().toString(),
                    "HUB_DELIVERY_POLL_INTERVAL_MS", "200")))) {
                deliverer.start();
                int expected = accepted + warmUpMessages;
                long first = 0;
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                while (receiver.distinct() < expected && System.nanoTime() < deadline) {
                    if (first == 0 && receiver.distinct() > 0) {
                        first = System.nanoTime();
                    }
                    Thread.sleep(5);
                }
                double deliverSeconds = (System.nanoTime() - first) / 1e9;
                System.out.printf("%nCT Hub rough referral throughput (%d cores, PostgreSQL at %s)%n",
                        Runtime.getRuntime().availableProcessors(), hub.database().url().replaceAll("/[^/]*$", "/..."));
                System.out.printf("accepted:  %d referrals with %d parallel clients in %.1f s = %.1f referrals/s (%d refused)%n",
                        accepted, clients, acceptSeconds, accepted / acceptSeconds, refused.get());
                System.out.printf("delivered: %d of %d webhooks (signed, verified, one receiver) in %.1f s = %.1f deliveries/s "
                                + "(%d duplicates, %d unverified)%n",
                        receiver.distinct(), expected, deliverSeconds, receiver.distinct() / deliverSeconds,
                        receiver.duplicates(), receiver.unverified());
            }
        }
    }

    /** A few referrals first, so the JIT and the connection pools are warm when the clock starts. */
    private static void warmUp(Hub hub, String token, String recipient) {
        for (int i = 0; i < 3; i++) {
            Response response = submit(hub, token, recipient);
            if (response.statusCode() != 201) {
                throw new IllegalStateException("The hub refused a referral: " + response.asString());
            }
        }
    }

    private static Response submit(Hub hub, String token, String recipient) {
        Map<String, Object> body = new HashMap<>(ReferralRequests.shelterReferral(recipient, "Bench" + UUID.randomUUID().toString().substring(0, 8)));
        body.put("urgency", "standard");
        return hub.as(token).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body).post("/referrals");
    }

    private ReferralsRough() {
    }
}
