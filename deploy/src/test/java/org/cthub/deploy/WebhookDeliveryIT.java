package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.ReferralRequests;
import org.cthub.deploy.support.WebhookReceiver;
import org.cthub.deploy.support.HubProcess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Referrals reach webhook receivers over real HTTPS on loopback: a receiver with its own self-signed
 * certificate (trusted through hub.webhook.trusted-certificates-file) that verifies every Standard Webhooks
 * signature with the secret shown once when its system was registered, and answers 400 when one is wrong.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookDeliveryIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(30);
    private static final int MAX_ATTEMPTS = 3;
    private static final char[] PASSWORD = "changeit".toCharArray();

    private Hub hub;
    private Directory directory;
    private HubProcess node;
    private HttpsServer server;
    private SSLContext receiverTrust;
    private String senderToken;

    /** Per receiver path: the secret it verifies with, what it got, and how many failures it answers first. */
    private final Map<String, String> secrets = new ConcurrentHashMap<>();
    private final Map<String, List<Received>> received = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failuresLeft = new ConcurrentHashMap<>();
    private final Map<String, String> organisations = new ConcurrentHashMap<>();
    /** Receivers that hang, answering only once their latch is released. */
    private final Map<String, CountDownLatch> hanging = new ConcurrentHashMap<>();

    record Received(String id, String timestamp, String signature, String contentType, byte[] body, boolean verified) {
        JsonPath json() {
            return JsonPath.from(new String(body, StandardCharsets.UTF_8));
        }
    }

    @BeforeAll
    void setUp(Hub hub) throws Exception {
        this.hub = hub;
        directory = new Directory(hub);
        Path pem = selfSignedCertificate();
        startReceiver();
        node = new HubProcess("webhook-node", hub.environment(Map.of(
                "HUB_WEBHOOK_ALLOWED_HOSTS", "127.0.0.1",
                "HUB_WEBHOOK_TRUSTED_CERTIFICATES_FILE", pem.toString(),
                "HUB_DELIVERY_POLL_INTERVAL_MS", "200",
                // Far longer than any wait here: a hanging receiver holds its hand-over for the whole test.
                "HUB_WEBHOOK_REQUEST_TIMEOUT_MS", "600000",
                "HUB_DELIVERY_BACKOFF_INITIAL_MS", "300",
                "HUB_DELIVERY_BACKOFF_MAX_MS", "1000",
                "HUB_DELIVERY_MAX_ATTEMPTS", Integer.toString(MAX_ATTEMPTS)))).start();
        senderToken = directory.token(directory.activeOrganisation("ngo", "IT"), "partner");
    }

    @AfterAll
    void tearDown() {
        if (node != null) {
            node.close();
        }
        if (server != null) {
            hanging.values().forEach(CountDownLatch::countDown);
            server.stop(0);
        }
    }

    private Path selfSignedCertificate() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/it").toAbsolutePath());
        Path keystore = dir.resolve("webhook-receiver-" + UUID.randomUUID() + ".p12");
        Path pem = dir.resolve(keystore.getFileName() + ".pem");
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
        SSLContext serverContext = SSLContext.getInstance("TLS");
        serverContext.init(keys.getKeyManagers(), null, null);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        receiverTrust = SSLContext.getInstance("TLS");
        receiverTrust.init(null, trust.getTrustManagers(), null);
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(serverContext));
        server.setExecutor(Executors.newCachedThreadPool());
        return pem;
    }

    private static void run(String... command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
    }

    private void startReceiver() {
        server.createContext("/hook/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            var headers = exchange.getRequestHeaders();
            String secret = secrets.get(path);
            boolean verified = secret != null && WebhookReceiver.verify(secret, headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"), body, headers.getFirst("webhook-signature"));
            received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(new Received(headers.getFirst("webhook-id"),
                    headers.getFirst("webhook-timestamp"), headers.getFirst("webhook-signature"),
                    headers.getFirst("Content-Type"), body, verified));
            CountDownLatch release = hanging.get(path);
            if (release != null) {
                try {
                    release.await(10, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            AtomicInteger failures = failuresLeft.get(path);
            int status = !verified ? 400 : failures != null && failures.getAndDecrement() > 0 ? 500 : 200;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    private RequestSpecification onNode(String token) {
        return RestAssured.given().baseUri(node.baseUri().toString()).auth().oauth2(token);
    }

    /** A recipient organisation with a webhook system at /hook/{name}; returns the organisation and system ids. */
    private String[] recipient(String name, int failuresFirst) {
        return recipient(name, failuresFirst, null);
    }

    /** As above, with an XML mapping and XML preferred when one is given. */
    private String[] recipient(String name, int failuresFirst, Map<String, Object> xmlMapping) {
        String organisation = directory.activeOrganisation("ngo", "IT");
        String path = "/hook/" + name;
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Hook " + name, "channel", "webhook",
                "formats", xmlMapping == null ? List.of("application/json") : List.of("application/xml", "application/json"),
                "webhook", Map.of("url", "https://127.0.0.1:" + server.getAddress().getPort() + path)));
        if (xmlMapping != null) {
            body.put("xmlMapping", xmlMapping);
        }
        var created = onNode(hub.adminToken()).contentType("application/json").body(body)
                .post("/organisations/" + organisation + "/systems").then().statusCode(201).extract();
        String secret = created.path("signingSecret");
        assertThat(secret).startsWith("whsec_");
        secrets.put(path, secret);
        organisations.put(name, organisation);
        failuresLeft.put(path, new AtomicInteger(failuresFirst));
        return new String[] {organisation, created.path("id")};
    }

    private String submit(String recipient, String firstName) {
        return hub.as(senderToken).contentType("application/json").body(ReferralRequests.shelterReferral(recipient, firstName))
                .post("/referrals").then().statusCode(201).extract().path("id");
    }

    private static String name() {
        return "Hook" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private List<Received> awaitReceived(String name, int count) {
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(100))
                .until(() -> received.getOrDefault("/hook/" + name, List.of()).size() >= count);
        return received.get("/hook/" + name);
    }

    private void awaitDeliveryStatus(String referralId, String systemId, String status) {
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(
                hub.as(senderToken).get("/referrals/" + referralId).then().statusCode(200).extract()
                        .path("deliveries.find { it.partnerSystemId == '" + systemId + "' }.status")));
    }

    @Test
    void postsTheSignedPayloadWithPersonalFieldsWhileConsentCoversTheRecipient() {
        String name = name();
        String[] shelter = recipient(name, 0);
        String firstName = name();
        String id = submit(shelter[0], firstName);
        awaitDeliveryStatus(id, shelter[1], "delivered");
        List<Received> got = awaitReceived(name, 1);
        assertThat(got).hasSize(1);
        Received request = got.get(0);
        assertThat(request.verified()).isTrue();
        assertThat(request.contentType()).isEqualTo("application/json");
        assertThat(request.signature()).startsWith("v1,");
        JsonPath json = request.json();
        assertThat(json.getString("messageId")).isEqualTo(request.id());
        assertThat(json.getString("referralId")).isEqualTo(id);
        assertThat(json.getString("type")).isEqualTo("referral");
        assertThat(json.getString("payload.id")).isEqualTo(id);
        assertThat(json.getString("payload.person.firstName")).isEqualTo(firstName);
        assertThat(json.getString("payload.currentPlace")).isEqualTo("Bari");
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).body("status", equalTo("delivered"));
        assertThat(node.log()).doesNotContain(firstName).doesNotContain(secrets.get("/hook/" + name));
        // the hub's read of the personal fields for the recipient was audited (committed before the call was made)
        assertThat(hubReadsFor(id)).isEqualTo(1);
    }

    /** Audit lines of reads of the referral's personal fields the hub made on a recipient's behalf. */
    private long hubReadsFor(String referralId) {
        return hub.database().count("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = 'referral.personal-data-read'"
                + " AND actor = 'system' AND details LIKE '%as=recipient%'", referralId);
    }

    @Test
    void postsSignedXmlThroughTheExampleMappingWhenTheSystemPrefersXml() throws Exception {
        Map<String, Object> mapping = hub.anonymous().get("/docs/formats/referral-v1.mapping.json").then().statusCode(200)
                .extract().jsonPath().getMap("");
        byte[] xsd = hub.anonymous().get("/docs/formats/referral-v1.xsd").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("application/xml")).extract().asByteArray();
        String name = name();
        String[] shelter = recipient(name, 0, mapping);
        String firstName = name();
        String id = submit(shelter[0], firstName);
        awaitDeliveryStatus(id, shelter[1], "delivered");
        Received request = awaitReceived(name, 1).get(0);
        assertThat(request.verified()).as("the signature covers the XML bytes sent").isTrue();
        assertThat(request.contentType()).isEqualTo("application/xml");
        javax.xml.validation.SchemaFactory factory = javax.xml.validation.SchemaFactory.newInstance(javax.xml.XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(javax.xml.XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        javax.xml.validation.Validator validator = factory.newSchema(new javax.xml.transform.stream.StreamSource(
                new java.io.ByteArrayInputStream(xsd))).newValidator();
        validator.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(javax.xml.XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new javax.xml.transform.stream.StreamSource(new java.io.ByteArrayInputStream(request.body())));
        assertThat(new String(request.body(), StandardCharsets.UTF_8)).contains("messageId=\"" + request.id() + "\"")
                .contains("<FirstName>" + firstName + "</FirstName>");
    }

    @Test
    void aTamperedBodyFailsTheReceiversVerification() throws Exception {
        String name = name();
        recipient(name, 0);
        String firstName = name();
        submit(recipientOrganisation(name), firstName);
        Received genuine = awaitReceived(name, 1).get(0);
        assertThat(genuine.verified()).isTrue();
        byte[] tampered = new String(genuine.body(), StandardCharsets.UTF_8).replace(firstName, "Someone else")
                .getBytes(StandardCharsets.UTF_8);
        String secret = secrets.get("/hook/" + name);
        assertThat(WebhookReceiver.verify(secret, genuine.id(), genuine.timestamp(), tampered, genuine.signature())).isFalse();
        assertThat(WebhookReceiver.verify(secret, genuine.id(), "1000000000", genuine.body(), genuine.signature())).isFalse();
        HttpClient client = HttpClient.newBuilder().sslContext(receiverTrust).build();
        HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(URI.create("https://127.0.0.1:"
                        + server.getAddress().getPort() + "/hook/" + name))
                .header("Content-Type", "application/json").header("webhook-id", genuine.id())
                .header("webhook-timestamp", genuine.timestamp()).header("webhook-signature", genuine.signature())
                .POST(HttpRequest.BodyPublishers.ofByteArray(tampered)).build(), HttpResponse.BodyHandlers.discarding());
        assertThat(answer.statusCode()).isEqualTo(400);
    }

    private String recipientOrganisation(String name) {
        return organisations.get(name);
    }

    @Test
    void retriesAfterA500WithTheSameWebhookId() {
        String name = name();
        String[] shelter = recipient(name, 1);
        String id = submit(shelter[0], name());
        awaitDeliveryStatus(id, shelter[1], "delivered");
        List<Received> got = awaitReceived(name, 2);
        assertThat(got).hasSize(2).allMatch(Received::verified);
        assertThat(got.get(1).id()).isEqualTo(got.get(0).id());
        assertThat(got.get(1).body()).isEqualTo(got.get(0).body());
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200)
                .body("deliveries.find { it.partnerSystemId == '" + shelter[1] + "' }.attempts", equalTo(2));
    }

    @Test
    void deadLettersAfterMaxAttemptsAndDeliversOnReplay() {
        String name = name();
        String[] shelter = recipient(name, Integer.MAX_VALUE);
        String id = submit(shelter[0], name());
        awaitDeliveryStatus(id, shelter[1], "dead-lettered");
        List<Received> got = awaitReceived(name, MAX_ATTEMPTS);
        assertThat(got).hasSize(MAX_ATTEMPTS).extracting(Received::id).containsOnly(got.get(0).id());
        String deliveryId = hub.asAdmin().get("/deliveries/dead-letters?size=100").then().statusCode(200)
                .body("items.find { it.messageId == '" + got.get(0).id() + "' }.lastError", equalTo("Receiver answered HTTP 500"))
                .extract().path("items.find { it.messageId == '" + got.get(0).id() + "' }.id");
        failuresLeft.get("/hook/" + name).set(0);
        hub.asAdmin().post("/deliveries/" + deliveryId + "/replay").then().statusCode(200).body("status", equalTo("pending"));
        awaitDeliveryStatus(id, shelter[1], "delivered");
        List<Received> all = awaitReceived(name, MAX_ATTEMPTS + 1);
        assertThat(all.get(MAX_ATTEMPTS).id()).isEqualTo(got.get(0).id());
        assertThat(all.get(MAX_ATTEMPTS).verified()).isTrue();
    }

    @Test
    void aReceiverThatHangsHoldsUpOnlyItsOwnDeliveries() {
        String slow = name();
        String[] stalled = recipient(slow, 0);
        CountDownLatch release = new CountDownLatch(1);
        hanging.put("/hook/" + slow, release);
        try {
            String stalledId = submit(stalled[0], name());
            awaitReceived(slow, 1);
            // Its hand-over now hangs (for minutes, by this node's request timeout); others go on meanwhile.
            String fast = name();
            String[] shelter = recipient(fast, 0);
            String id = submit(shelter[0], name());
            awaitDeliveryStatus(id, shelter[1], "delivered");
            assertThat(awaitReceived(fast, 1)).allMatch(Received::verified);
            hub.as(senderToken).get("/referrals/" + stalledId).then().statusCode(200)
                    .body("deliveries.find { it.partnerSystemId == '" + stalled[1] + "' }.status", equalTo("leased"));
            release.countDown();
            awaitDeliveryStatus(stalledId, stalled[1], "delivered");
        } finally {
            release.countDown();
        }
    }
}
