package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.sshd.common.config.keys.AuthorizedKeyEntry;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.PublicKeyEntryResolver;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.ReferralRequests;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Referrals reach SFTP partners as files, through an in-process SFTP server (Apache MINA sshd) on loopback
 * whose virtual file system is rooted in a temporary directory and which accepts only the hub's public key,
 * as the hub shows it on the partner system. The hub checks host keys strictly: the test writes the servers'
 * host keys into a known_hosts file and hands it over with HUB_SFTP_KNOWN_HOSTS_FILE; a server whose key is
 * not in it is refused. The hub generates its own SSH key into its data directory (no key is configured).
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SftpDeliveryIT {

    private static final Duration ARRIVAL = Duration.ofSeconds(40);
    private static final int MAX_ATTEMPTS = 5;
    private static final String USER = "cthub";
    private static final String XML_NS = "urn:cthub:example:referral:1";

    private Hub hub;
    private Directory directory;
    private HubProcess node;
    private Path root;
    private Path knownHosts;
    private SshServer server;
    private String senderToken;
    private final AtomicReference<PublicKey> hubKey = new AtomicReference<>();
    private final SimpleGeneratorHostKeyProvider hostKey = hostKey("sftp-host-key");

    @BeforeAll
    void setUp(Hub hub) throws Exception {
        this.hub = hub;
        directory = new Directory(hub);
        Path it = Files.createDirectories(Path.of("target/it").toAbsolutePath());
        root = Files.createTempDirectory(it, "sftp-root-");
        knownHosts = Files.createTempFile(it, "known_hosts-", "");
        server = startServer(freePort(), hostKey);
        trust(server.getPort(), hostKey);
        // assigned before it starts, so that tearDown stops it even when it fails to get ready
        node = new HubProcess("sftp-node", hub.environment(Map.of(
                "HUB_DELIVERY_CHANNELS", "sftp",
                "HUB_SFTP_KNOWN_HOSTS_FILE", knownHosts.toString(),
                "HUB_DELIVERY_POLL_INTERVAL_MS", "200",
                "HUB_DELIVERY_BACKOFF_INITIAL_MS", "300",
                "HUB_DELIVERY_BACKOFF_MAX_MS", "1000",
                "HUB_DELIVERY_MAX_ATTEMPTS", Integer.toString(MAX_ATTEMPTS))));
        node.start();
        senderToken = directory.token(directory.activeOrganisation("ngo", "IT"), "partner");
    }

    @AfterAll
    void tearDown() throws IOException {
        if (node != null) {
            node.close();
        }
        if (server != null) {
            server.stop(true);
        }
    }

    private SimpleGeneratorHostKeyProvider hostKey(String name) {
        try {
            Path file = Files.createDirectories(Path.of("target/it").toAbsolutePath()).resolve(name + "-" + UUID.randomUUID() + ".ser");
            SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(file);
            provider.setAlgorithm(KeyUtils.EC_ALGORITHM);
            provider.setKeySize(256);
            return provider;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An SFTP server on loopback: public-key login as {@value #USER} with the hub's key only, files under {@link #root}. */
    private SshServer startServer(int port, SimpleGeneratorHostKeyProvider key) throws IOException {
        SshServer sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(port);
        sshd.setKeyPairProvider(key);
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setPublickeyAuthenticator((username, offered, session) -> USER.equals(username) && hubKey.get() != null
                && KeyUtils.compareKeys(hubKey.get(), offered));
        sshd.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sshd.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sshd.start();
        return sshd;
    }

    /** Adds the server's host key to the hub's known_hosts, as an operator would from the partner's fingerprint. */
    private void trust(int port, SimpleGeneratorHostKeyProvider key) throws Exception {
        KeyPair pair = key.loadKeys(null).iterator().next();
        String line = "[127.0.0.1]:" + port + " " + PublicKeyEntry.toString(pair.getPublic()) + "\n";
        Files.writeString(knownHosts, line, StandardOpenOption.APPEND);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** A recipient with an SFTP system at {@code /incoming/<name>} on the port; returns organisation and system ids. */
    private String[] recipient(String name, int port, Map<String, Object> mapping) throws Exception {
        Files.createDirectories(root.resolve("incoming").resolve(name));
        String organisation = directory.activeOrganisation("ngo", "IT");
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Drop " + name, "channel", "sftp",
                "formats", mapping == null ? List.of("application/json") : List.of("application/xml", "application/json"),
                "sftp", Map.of("host", "127.0.0.1", "port", port, "path", "/incoming/" + name, "username", USER)));
        if (mapping != null) {
            body.put("xmlMapping", mapping);
        }
        // asked of the delivering node: without a configured key each node shows the key it generated itself
        var created = io.restassured.RestAssured.given().baseUri(node.baseUri().toString()).auth().oauth2(hub.adminToken())
                .contentType("application/json").body(body)
                .post("/organisations/" + organisation + "/systems").then().statusCode(201).extract();
        String publicKey = created.path("hubSshPublicKey");
        assertThat(publicKey).startsWith("ecdsa-sha2-nistp256 ");
        assertThat(node.log()).as("the key is logged at start for operators").contains(publicKey);
        hubKey.set(AuthorizedKeyEntry.parseAuthorizedKeyEntry(publicKey).resolvePublicKey(null, PublicKeyEntryResolver.FAILING));
        return new String[] {organisation, created.path("id")};
    }

    private String submit(String recipient, String firstName) {
        return hub.as(senderToken).contentType("application/json").body(ReferralRequests.shelterReferral(recipient, firstName))
                .post("/referrals").then().statusCode(201).extract().path("id");
    }

    private static String name() {
        return "Sftp" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private List<Path> files(String name) throws IOException {
        try (Stream<Path> files = Files.list(root.resolve("incoming").resolve(name))) {
            return files.sorted().toList();
        }
    }

    private Path awaitFile(String name, String extension) {
        Path[] found = new Path[1];
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(100)).until(() -> {
            found[0] = files(name).stream().filter(f -> f.getFileName().toString().endsWith("." + extension)).findFirst().orElse(null);
            return found[0] != null;
        });
        return found[0];
    }

    private Map<String, Object> delivery(String referralId, String systemId) {
        return hub.as(senderToken).get("/referrals/" + referralId).then().statusCode(200).extract()
                .path("deliveries.find { it.partnerSystemId == '" + systemId + "' }");
    }

    private void awaitDeliveryStatus(String referralId, String systemId, String status) {
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200)).until(() -> status.equals(delivery(referralId, systemId).get("status")));
    }

    @Test
    void dropsTheCanonicalJsonAsAFileNamedAfterTheMessageId() throws Exception {
        String name = name();
        String[] shelter = recipient(name, server.getPort(), null);
        String firstName = name();
        String id = submit(shelter[0], firstName);
        Path file = awaitFile(name, "json");
        awaitDeliveryStatus(id, shelter[1], "delivered");
        JsonPath json = JsonPath.from(Files.readString(file));
        assertThat(file.getFileName().toString()).isEqualTo(json.getString("messageId") + ".json");
        assertThat(json.getString("referralId")).isEqualTo(id);
        assertThat(json.getString("payload.person.firstName")).isEqualTo(firstName);
        assertThat(files(name)).as("only the renamed file, no temporary one left").containsExactly(file);
        hub.as(senderToken).get("/referrals/" + id).then().statusCode(200).body("status", equalTo("delivered"));
        assertThat(node.log()).doesNotContain(firstName);
    }

    @Test
    void dropsXmlThroughTheExampleMappingThatValidatesAgainstTheExampleXsd() throws Exception {
        Map<String, Object> mapping = hub.anonymous().get("/docs/formats/referral-v1.mapping.json").then().statusCode(200)
                .extract().jsonPath().getMap("");
        byte[] xsd = hub.anonymous().get("/docs/formats/referral-v1.xsd").then().statusCode(200).extract().asByteArray();
        String name = name();
        String[] shelter = recipient(name, server.getPort(), mapping);
        String view = hub.asAdmin().get("/organisations/" + shelter[0] + "/systems/" + shelter[1]).then().statusCode(200)
                .body("xmlMapping.rootElement", equalTo("Referral")).extract().asString();
        assertThat(view).contains(XML_NS);
        String firstName = name();
        String id = submit(shelter[0], firstName);
        Path file = awaitFile(name, "xml");
        awaitDeliveryStatus(id, shelter[1], "delivered");
        byte[] xml = Files.readAllBytes(file);
        validate(xml, xsd);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).contains("xmlns=\"" + XML_NS + "\"").contains("<FirstName>" + firstName + "</FirstName>")
                .contains("<ReferralId>" + id + "</ReferralId>");
        assertThat(file.getFileName().toString()).endsWith(".xml");
    }

    @Test
    void retriesWhileTheServerIsDownAndDeliversOnceItIsUp() throws Exception {
        SimpleGeneratorHostKeyProvider key = hostKey("sftp-flaky-host-key");
        int port = freePort();
        trust(port, key);
        String name = name();
        String[] shelter = recipient(name, port, null);
        String id = submit(shelter[0], name());
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200))
                .until(() -> ((Number) delivery(id, shelter[1]).get("attempts")).intValue() >= 2);
        assertThat(delivery(id, shelter[1]).get("status")).isNotEqualTo("delivered");
        assertThat(files(name)).isEmpty();
        SshServer flaky = startServer(port, key);
        try {
            awaitDeliveryStatus(id, shelter[1], "delivered");
            assertThat(files(name)).hasSize(1);
        } finally {
            flaky.stop(true);
        }
    }

    @Test
    void refusesAServerWhoseHostKeyIsNotKnownThenDeliversOnReplayOnceItIs() throws Exception {
        SimpleGeneratorHostKeyProvider unknown = hostKey("sftp-unknown-host-key");
        SshServer impostor = startServer(freePort(), unknown);
        try {
            String name = name();
            String[] shelter = recipient(name, impostor.getPort(), null);
            String id = submit(shelter[0], name());
            awaitDeliveryStatus(id, shelter[1], "dead-lettered");
            assertThat(files(name)).as("nothing written to a server the hub does not know").isEmpty();
            String deliveryId = hub.asAdmin().get("/deliveries/dead-letters?size=100").then().statusCode(200)
                    .extract().path("items.find { it.partnerSystemId == '" + shelter[1] + "' }.id");
            String lastError = hub.asAdmin().get("/deliveries/dead-letters?size=100").then().statusCode(200)
                    .extract().path("items.find { it.partnerSystemId == '" + shelter[1] + "' }.lastError");
            assertThat(lastError).contains("host key");
            trust(impostor.getPort(), unknown);
            hub.asAdmin().post("/deliveries/" + deliveryId + "/replay").then().statusCode(200);
            awaitDeliveryStatus(id, shelter[1], "delivered");
            assertThat(files(name)).hasSize(1);
        } finally {
            impostor.stop(true);
        }
    }

    /** Secure processing on, no external access: the XSD as the hub serves it. */
    private static void validate(byte[] xml, byte[] xsd) throws Exception {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Validator validator = factory.newSchema(new StreamSource(new ByteArrayInputStream(xsd))).newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
