package org.cthub.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubMemory;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.WebhookReceiver;

/**
 * Webhook deliveries per second to a local HTTPS receiver (WebhookReceiver: verifies every Standard Webhooks
 * signature, answers 200) against a minimal Java client posting the same number of signed messages, each the
 * body of the hub's first delivery, to the same receiver, as many at once as the hub hands over (HUB_DELIVERY_PARALLELISM, 8).
 */
final class Deliveries {

    private static final int PARALLELISM = 8;
    private static final int WARM_UP_MESSAGES = 5000;
    /** A referral message's shape, for warming the receiver up before the hub's first message exists. */
    private static final String WARM_UP_BODY = "{\"type\":\"referral\",\"referralId\":\"" + UUID.randomUUID()
            + "\",\"person\":{\"firstName\":\"Warm\",\"secondName\":\"Up\",\"ageBand\":\"18-24\"},\"urgency\":\"standard\","
            + "\"assistanceTypes\":[\"shelter\"],\"summary\":\"" + "x".repeat(600) + "\"}";

    private Deliveries() {
    }

    static void run() throws Exception {
        BenchDatabase db = BenchDatabase.fromEnvironment();
        Map<String, Object> result = new LinkedHashMap<>();
        Path work = Files.createDirectories(Bench.work());
        Load load = new Load();
        try (WebhookReceiver receiver = WebhookReceiver.start(work)) {
            Map<String, String> webhookTrust = Map.of("HUB_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                    "HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE", receiver.certificate().toString());
            try (Hub filler = Hub.dedicated("bench-deliver-fill", Partners.settings(webhookTrust))) {
                Partners partners = new Partners(filler, 16, false);
                String secret = filler.asAdmin().contentType("application/json")
                        .body(Map.of("name", "Bench webhook", "channel", "webhook", "formats", List.of("application/json"),
                                "webhook", Map.of("url", receiver.endpoint("hub").toString())))
                        .post("/organisations/" + partners.recipient + "/systems").then().statusCode(201).extract().path("signingSecret");
                receiver.trust("hub", secret);
                receiver.trust("plain", secret);
                receiver.trust("warm-up", secret);
                URI base = filler.process().baseUri();
                AtomicInteger turn = new AtomicInteger();
                // the filling node delivers to pull inboxes only: the webhooks wait in the outbox
                load.closed("fill", 16, Duration.ofSeconds(Bench.seconds("bench.fill-seconds", 40)),
                        () -> partners.submit(base, partners.senderTokens.get(Math.floorMod(turn.getAndIncrement(), 16))));
                filler.process().stop();
                int expected = count(db, "SELECT count(*) FROM delivery WHERE channel = 'WEBHOOK'");
                // the receiver's code (TLS, HMAC, JSON) compiled before either side is measured, not during the first
                plain(receiver, "warm-up", secret, WARM_UP_BODY, WARM_UP_MESSAGES, new Series("warm-up"));

                double loadBefore = Bench.loadAverage();
                Series hubSeries = new Series("hub webhook deliveries");
                Watched watched;
                int before = receiver.distinct();
                try (HubProcess deliverer = new HubProcess("bench-deliver", filler.environment(Partners.settings(Map.of(
                        "HUB_DELIVERY_CHANNELS", "pull-inbox,webhook", "HUB_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                        "HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE", receiver.certificate().toString()))))) {
                    // watched from before the start: the node delivers as soon as its routes run, which on a busy
                    // machine can be well before it reports ready
                    CompletableFuture<Watched> watching = CompletableFuture.supplyAsync(() -> watch(receiver, before, expected, hubSeries));
                    deliverer.start();
                    watched = watching.join();
                }
                double loadHub = Bench.loadAverage();
                int hubDelivered = receiver.distinct() - before;
                int duplicates = receiver.duplicates();

                Series plainSeries = new Series("plain Java HTTP client, 8 at once");
                // the plain client posts what the hub posted: the body of its first delivery (same size, same JSON)
                String body = new String(receiver.calls("hub").get(0).body(), StandardCharsets.UTF_8);
                CpuMeter.Snapshot plainCpuBefore = CpuMeter.take(0);
                int beforePlain = receiver.distinct();
                double plainSeconds = plain(receiver, "plain", secret, body, expected, plainSeries);
                int plainDelivered = receiver.distinct() - beforePlain;
                Map<String, Object> plainCpu = CpuMeter.perRequest(plainCpuBefore, CpuMeter.take(0), plainDelivered);

                double hubSeconds = watched.seconds();
                double hubRate = hubDelivered / hubSeconds;
                double plainRate = plainDelivered / plainSeconds;
                result.put("loadAverage", Map.of("beforeHub", loadBefore, "afterHub", loadHub, "afterPlain", Bench.loadAverage()));
                result.put("messages", expected);
                result.put("hub", Map.of("delivered", hubDelivered, "seconds", hubSeconds, "perSecond", hubRate, "duplicates", duplicates,
                        "unverified", receiver.unverified()));
                result.put("hubCpuPerDelivery", watched.cpu());
                result.put("baseline", Map.of("delivered", plainDelivered, "seconds", plainSeconds, "perSecond", plainRate,
                        "parallelism", PARALLELISM, "bodyBytes", body.getBytes(StandardCharsets.UTF_8).length));
                result.put("baselineCpuPerDelivery", plainCpu);
                result.put("throughput", Bench.ratio(hubRate, plainRate, 0.5, watched.cpu()));
                Bench.write("deliveries", result, "Webhook deliveries: hub vs plain HTTP POSTs to the same receiver", "deliveries",
                        List.of(hubSeries, plainSeries));
            }
        }
    }

    /**
     * How long the hub took, and its CPU per delivery in that time: the hub's JVM (its start may still be
     * finishing when the first delivery arrives), PostgreSQL, and this JVM (the receiver).
     */
    private record Watched(double seconds, Map<String, Object> cpu) {
    }

    /** Seconds from the first delivery received after {@code base} to the last expected, sampling the count every second. */
    private static Watched watch(WebhookReceiver receiver, int base, int expected, Series series) {
        try {
            return watchUntilDelivered(receiver, base, expected, series);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Watched watchUntilDelivered(WebhookReceiver receiver, int base, int expected, Series series) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(15).toNanos();
        while (receiver.distinct() == base && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        long first = System.nanoTime();
        long hubPid = HubMemory.hubPid();
        CpuMeter.Snapshot cpuBefore = CpuMeter.take(hubPid);
        int firstCount = receiver.distinct();
        int lastCount = firstCount;
        long nextSecond = first + 1_000_000_000L;
        int second = 0;
        while (receiver.distinct() - base < expected && System.nanoTime() < deadline) {
            Thread.sleep(2);
            if (System.nanoTime() >= nextSecond) {
                int now = receiver.distinct();
                series.add(++second, now - lastCount, Double.NaN, Double.NaN);
                lastCount = now;
                nextSecond += 1_000_000_000L;
            }
        }
        double seconds = (System.nanoTime() - first) / 1e9;
        Map<String, Object> cpu = CpuMeter.perRequest(cpuBefore, CpuMeter.take(hubPid), receiver.distinct() - firstCount);
        series.add(seconds, (receiver.distinct() - lastCount) / Math.max(0.001, seconds - second), Double.NaN, Double.NaN);
        return new Watched(seconds, cpu);
    }

    /** The baseline: {@code count} signed POSTs, {@link #PARALLELISM} at once, latency per request recorded. */
    private static double plain(WebhookReceiver receiver, String endpoint, String secret, String body, int count, Series series) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(trusting(receiver.certificate())).build();
        Mac template = Mac.getInstance("HmacSHA256");
        byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
        AtomicInteger next = new AtomicInteger();
        long[] doneAt = new long[count];
        long[] latency = new long[count];
        ExecutorService pool = Executors.newFixedThreadPool(PARALLELISM);
        List<Future<?>> workers = new ArrayList<>();
        long start = System.nanoTime();
        for (int w = 0; w < PARALLELISM; w++) {
            workers.add(pool.submit(() -> {
                Mac mac = (Mac) template.clone();
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    String id = "msg_" + UUID.randomUUID();
                    String timestamp = Long.toString(Instant.now().getEpochSecond());
                    mac.init(new SecretKeySpec(key, "HmacSHA256"));
                    byte[] signature = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
                    HttpRequest request = HttpRequest.newBuilder(receiver.endpoint(endpoint)).header("Content-Type", "application/json")
                            .header("webhook-id", id).header("webhook-timestamp", timestamp)
                            .header("webhook-signature", "v1," + Base64.getEncoder().encodeToString(signature))
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long sent = System.nanoTime();
                    int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status != 200) {
                        throw new IllegalStateException("The receiver answered " + status);
                    }
                    doneAt[i] = System.nanoTime();
                    latency[i] = (doneAt[i] - sent) / 1000;
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        Load.Outcome outcome = new Load.Outcome(series.name, start, doneAt, latency, count, 0, seconds);
        series.points.addAll(outcome.series().points);
        return seconds;
    }

    private static SSLContext trusting(Path pem) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (var in = Files.newInputStream(pem)) {
            trust.setCertificateEntry("receiver", CertificateFactory.getInstance("X.509").generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    static int count(BenchDatabase db, String sql) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
