package org.cthub.deploy.support;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A partner's webhook endpoint as the README tells integrators to build one: real HTTPS on loopback with a
 * self-signed certificate (which the hub trusts through {@code HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE}),
 * every request checked against the Standard Webhooks signature, and deliveries de-duplicated by webhook-id.
 * It counts what a durability claim needs: which message ids arrived, how often each (at-least-once allows
 * repeats), and how many requests failed verification. It can answer slowly, so a batch is still under way
 * when a test kills the hub.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final char[] PASSWORD = "changeit".toCharArray();
    private static final long TOLERANCE_SECONDS = 300;
    /**
     * Reads the body's {@code referralId} with plain JSON-P, looked up once: a partner's receiver parses JSON, it does not
     * compile a script per request as REST Assured's Groovy JsonPath did (90 % of this receiver's CPU, and the benchmark's
     * baseline shares it; bench/README.md, cause 5).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    private final HttpsServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private final Path certificate;
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> timesReceived = new ConcurrentHashMap<>();
    private final Map<String, String> referralByMessage = new ConcurrentHashMap<>();
    private final Map<String, List<Call>> calls = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final AtomicInteger unverified = new AtomicInteger();
    private volatile Duration delay = Duration.ZERO;

    private WebhookReceiver(HttpsServer server, Path certificate) {
        this.server = server;
        this.certificate = certificate;
    }

    /** Starts a receiver with a fresh self-signed certificate for 127.0.0.1, under the directory. */
    public static WebhookReceiver start(Path directory) {
        try {
            Files.createDirectories(directory);
            Path keystore = directory.resolve("webhook-receiver-" + UUID.randomUUID() + ".p12");
            Path pem = directory.resolve(keystore.getFileName() + ".pem");
            String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
            run(keytool, "-genkeypair", "-alias", "receiver", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2",
                    "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost", "-storetype", "PKCS12",
                    "-keystore", keystore.toString(), "-storepass", new String(PASSWORD));
            run(keytool, "-exportcert", "-rfc", "-alias", "receiver", "-keystore", keystore.toString(),
                    "-storepass", new String(PASSWORD), "-file", pem.toString());
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keystore)) {
                store.load(in, PASSWORD);
            }
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            HttpsServer server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.setHttpsConfigurator(new HttpsConfigurator(context));
            WebhookReceiver receiver = new WebhookReceiver(server, pem);
            receiver.listen();
            return receiver;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(String... command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void listen() {
        server.setExecutor(executor);
        server.createContext("/hook/", exchange -> {
            try (exchange) {
                requests.incrementAndGet();
                byte[] body = exchange.getRequestBody().readAllBytes();
                var headers = exchange.getRequestHeaders();
                String id = headers.getFirst("webhook-id");
                String secret = secrets.get(exchange.getRequestURI().getPath());
                if (secret == null || !verify(secret, id, headers.getFirst("webhook-timestamp"), body,
                        headers.getFirst("webhook-signature"))) {
                    unverified.incrementAndGet();
                    exchange.sendResponseHeaders(400, -1);
                    return;
                }
                pause();
                calls.computeIfAbsent(exchange.getRequestURI().getPath(), key -> new CopyOnWriteArrayList<>())
                        .add(new Call(id, headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"), body));
                timesReceived.computeIfAbsent(id, key -> new AtomicInteger()).incrementAndGet();
                try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
                    String referral = reader.readObject().getString("referralId", null);
                    if (referral != null) {
                        referralByMessage.put(id, referral);
                    }
                }
                exchange.sendResponseHeaders(200, -1);
            }
        });
        server.start();
    }

    private void pause() {
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Standard Webhooks verification, as the README shows it: only the standard library. */
    public static boolean verify(String secret, String id, String timestamp, byte[] body, String signatureHeader) {
        if (id == null || timestamp == null || signatureHeader == null || !secret.startsWith("whsec_")) {
            return false;
        }
        try {
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > TOLERANCE_SECONDS) {
                return false;
            }
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = mac.doFinal(body);
            for (String candidate : signatureHeader.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (NumberFormatException | GeneralSecurityException e) {
            return false;
        }
    }

    /** A verified call as it came: the Standard Webhooks headers and the raw body. */
    public record Call(String webhookId, String webhookTimestamp, String webhookSignature, byte[] body) {
    }

    /** The verified calls the endpoint named {@code name} received, in order. */
    public List<Call> calls(String name) {
        return List.copyOf(calls.getOrDefault("/hook/" + name, List.of()));
    }

    /** The URL of an endpoint named {@code name}, whose requests must verify with the secret given later. */
    public URI endpoint(String name) {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/hook/" + name);
    }

    /** The signing secret the hub showed when the endpoint's system was registered. */
    public void trust(String name, String signingSecret) {
        secrets.put("/hook/" + name, signingSecret);
    }

    /** How long each verified request takes to be answered from now on. */
    public void answerAfter(Duration delay) {
        this.delay = delay;
    }

    /** The PEM file of the receiver's certificate, for the hub's trust. */
    public Path certificate() {
        return certificate;
    }

    /** The distinct message ids (webhook-id) received with a valid signature. */
    public Set<String> messageIds() {
        return Set.copyOf(timesReceived.keySet());
    }

    /** How many distinct messages arrived, verified. */
    public int distinct() {
        return timesReceived.size();
    }

    /** Verified requests beyond the first of each message id: the repeats at-least-once allows. */
    public int duplicates() {
        return timesReceived.values().stream().mapToInt(count -> count.get() - 1).sum();
    }

    /** The referral ids the verified messages carried. */
    public Set<String> referralIds() {
        return Set.copyOf(referralByMessage.values());
    }

    /** The bodies of the verified requests, each endpoint's in the order they arrived (repeats included). */
    public List<String> bodies() {
        return calls.values().stream().flatMap(List::stream)
                .map(call -> new String(call.body(), StandardCharsets.UTF_8)).toList();
    }

    /** Every request, verified or not. */
    public int requests() {
        return requests.get();
    }

    /** Requests refused because their signature did not verify. */
    public int unverified() {
        return unverified.get();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
