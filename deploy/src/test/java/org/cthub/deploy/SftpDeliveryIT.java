package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.path.json.JsonPath;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.ReferralRequests;
import org.cthub.deploy.support.SftpServers;
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
    private static final String USER = SftpServers.USER;
    private static final String XML_NS = "urn:cthub:example:referral:1";

    private Hub hub;
    private Directory directory;
    private HubProcess node;
    private SftpServers servers;
    private Path root;
    private SshServer server;
    private String senderToken;

    @BeforeAll
    void setUp(Hub hub) throws Exception {
        this.hub = hub;
        directory = new Directory(hub);
        servers = new SftpServers("sftp");
        root = servers.root();
        SimpleGeneratorHostKeyProvider hostKey = servers.hostKey("sftp-host-key");
        server = servers.start(SftpServers.freePort(), hostKey);
        servers.trust(server.getPort(), hostKey);
        // assigned before it starts, so that tearDown stops it even when it fails to get ready
        node = new HubProcess("sftp-node", hub.environment(Map.of(
                "HUB_DELIVERY_CHANNELS", "sftp",
                "HUB_SFTP_KNOWN_HOSTS_FILE", servers.knownHosts().toString(),
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
        servers.acceptHubKey(publicKey);
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
        SimpleGeneratorHostKeyProvider key = servers.hostKey("sftp-flaky-host-key");
        int port = SftpServers.freePort();
        servers.trust(port, key);
        String name = name();
        String[] shelter = recipient(name, port, null);
        String id = submit(shelter[0], name());
        await().atMost(ARRIVAL).pollInterval(Duration.ofMillis(200))
                .until(() -> ((Number) delivery(id, shelter[1]).get("attempts")).intValue() >= 2);
        assertThat(delivery(id, shelter[1]).get("status")).isNotEqualTo("delivered");
        assertThat(files(name)).isEmpty();
        SshServer flaky = servers.start(port, key);
        try {
            awaitDeliveryStatus(id, shelter[1], "delivered");
            assertThat(files(name)).hasSize(1);
        } finally {
            flaky.stop(true);
        }
    }

    @Test
    void refusesAServerWhoseHostKeyIsNotKnownThenDeliversOnReplayOnceItIs() throws Exception {
        SimpleGeneratorHostKeyProvider unknown = servers.hostKey("sftp-unknown-host-key");
        SshServer impostor = servers.start(SftpServers.freePort(), unknown);
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
            servers.trust(impostor.getPort(), unknown);
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
