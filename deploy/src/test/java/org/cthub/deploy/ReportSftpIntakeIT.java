package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.HubProcess;
import org.cthub.deploy.support.ReportFixtures;
import org.cthub.deploy.support.SftpServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A Romanian NGO drops its report on its own SFTP location, an in-process SFTP server (Apache MINA sshd) on
 * loopback that accepts only the hub's key; the hub, checking the server's host key strictly, collects the file
 * as a report through the NGO's profile to its working group, imports it like an upload and moves the file to
 * {@code reports/.imported/}. Misplaced, unwelcome and empty files are moved to {@code reports/.refused/}, each with
 * the reason beside it.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportSftpIntakeIT {

    private static final String USER = SftpServers.USER;
    private static final Duration COLLECTED = Duration.ofSeconds(60);

    private Hub hub;
    private HubProcess node;
    private SftpServers servers;
    private SshServer server;
    private Path root;
    private String ngoToken;
    private String profile;
    private String group;
    private String otherGroup;
    private Path reports;
    private Directory directory;

    @BeforeAll
    void setUp(Hub hub) throws Exception {
        this.hub = hub;
        Directory directory = new Directory(hub);
        servers = new SftpServers("sftp-intake");
        root = servers.root();
        SimpleGeneratorHostKeyProvider hostKey = servers.hostKey("intake-host-key");
        server = servers.start(SftpServers.freePort(), hostKey);
        servers.trust(server.getPort(), hostKey);
        node = new HubProcess("sftp-intake-node", hub.environment(Map.of(
                "HUB_DELIVERY_CHANNELS", "sftp",
                "HUB_SFTP_KNOWN_HOSTS_FILE", servers.knownHosts().toString(),
                "HUB_REPORTS_SFTP_POLL_INTERVAL", "PT1S")));
        node.start();

        this.directory = directory;
        List<String> groups = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("id");
        group = groups.get(1);
        otherGroup = groups.get(2);
        String[] romanian = ngo("RO", ReportFixtures.romanianProfile());
        ngoToken = romanian[0];
        profile = romanian[1];
        reports = root.resolve("ngo-ro").resolve("reports");
    }

    /** An NGO in the working group with a profile and an SFTP system at /ngo-<country>: its token and profile id. */
    private String[] ngo(String country, Map<String, Object> profileBody) throws IOException, java.security.GeneralSecurityException {
        String ngo = directory.activeOrganisation("ngo", country);
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", ngo))
                .post("/working-groups/" + group + "/members").then().statusCode(201);
        String token = directory.token(ngo, "partner");
        String profileId = hub.as(token).contentType("application/json").body(profileBody).post("/reports/profiles")
                .then().statusCode(201).extract().path("id");
        String folder = "ngo-" + country.toLowerCase(java.util.Locale.ROOT);
        Files.createDirectories(root.resolve(folder));
        // the NGO's SFTP system, registered on the collecting node, which shows the key it generated for itself
        String publicKey = io.restassured.RestAssured.given().baseUri(node.baseUri().toString()).auth().oauth2(hub.adminToken())
                .contentType("application/json").body(Map.of("name", "Report drop", "channel", "sftp", "formats", List.of("application/json"),
                        "sftp", Map.of("host", "127.0.0.1", "port", server.getPort(), "path", "/" + folder, "username", USER)))
                .post("/organisations/" + ngo + "/systems").then().statusCode(201).extract().path("hubSshPublicKey");
        servers.acceptHubKey(publicKey);
        return new String[] {token, profileId};
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

    /** Drops a file as an NGO's system should: written as .part, then renamed. */
    private static Path drop(Path folder, String name, byte[] content) throws IOException {
        Files.createDirectories(folder);
        Path part = Files.write(folder.resolve(name + ".part"), content);
        return Files.move(part, folder.resolve(name));
    }

    private static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDroppedFileBecomesAReportImportedLikeAnUpload() throws Exception {
        Path folder = reports.resolve(profile).resolve(group);
        Path dropped = drop(folder, "raport-T1.csv", ReportFixtures.romanianCsv());
        await().atMost(COLLECTED).pollInterval(Duration.ofMillis(300)).until(() -> !Files.exists(dropped)
                && names(reports.resolve(".imported")).stream().anyMatch(name -> name.endsWith("-raport-T1.csv")));
        JsonPath listed = hub.as(ngoToken).get("/reports").then().statusCode(200).extract().jsonPath();
        String report = listed.getString("items.find { it.workingGroupId == '" + group + "' }.id");
        assertThat(report).isNotNull();
        await().atMost(COLLECTED).pollInterval(Duration.ofMillis(300))
                .until(() -> "imported".equals(hub.as(ngoToken).get("/reports/" + report + "/versions/1").path("state")));
        JsonPath status = hub.as(ngoToken).get("/reports/" + report + "/versions/1").then().statusCode(200).extract().jsonPath();
        assertThat(status.getLong("rowsAccepted")).isEqualTo(2);
        assertThat(status.getString("profileId")).isEqualTo(profile);
        assertThat(hub.asAdmin().get("/audit?targetType=report&targetId=" + report).then().statusCode(200).extract().jsonPath()
                .getList("items.actor")).anyMatch(actor -> actor.toString().startsWith("sftp:"));
    }

    @Test
    void threeLayoutsDroppedOnSftpLandInTheSameStandard() throws Exception {
        // the three NGOs, this time each through its own SFTP location
        String[] albanian = ngo("AL", org.cthub.deploy.support.ReportWorkbooks.albanianProfile());
        String[] bosnian = ngo("BA", ReportFixtures.hxlProfile());
        drop(root.resolve("ngo-al/reports").resolve(albanian[1]).resolve(group), "raporti.xlsx",
                org.cthub.deploy.support.ReportWorkbooks.albanian());
        drop(root.resolve("ngo-ba/reports").resolve(bosnian[1]).resolve(group), "izvjestaj.csv",
                ReportFixtures.HXL_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        drop(reports.resolve(profile).resolve(group), "raport-T2.csv", ReportFixtures.romanianCsv());
        for (String token : List.of(albanian[0], bosnian[0], ngoToken)) {
            await().atMost(COLLECTED).pollInterval(Duration.ofMillis(300)).until(() -> hub.as(token).get("/reports").then().statusCode(200)
                    .extract().jsonPath().getList("items.versions.flatten().state").contains("imported"));
        }
        assertThat(importedRows(albanian[0])).isEqualTo(2);
        assertThat(importedRows(bosnian[0])).isEqualTo(2);
        assertThat(names(root.resolve("ngo-al/reports/.imported"))).anyMatch(name -> name.endsWith("-raporti.xlsx"));
        assertThat(names(root.resolve("ngo-ba/reports/.imported"))).anyMatch(name -> name.endsWith("-izvjestaj.csv"));
    }

    /** The rows accepted in the NGO's one imported report. */
    private long importedRows(String token) {
        return hub.as(token).get("/reports").then().statusCode(200).extract().jsonPath()
                .getLong("items[0].versions[0].rowsAccepted");
    }

    @Test
    void refusesMisplacedUnwelcomeAndEmptyFilesSayingWhy() throws Exception {
        // bad inputs: folders that are not ids; a working group the NGO does not sit in; an empty file
        Path misplaced = reports.resolve("not-a-profile").resolve("not-a-group");
        drop(misplaced, "misplaced.csv", ReportFixtures.romanianCsv());
        Path unwelcome = reports.resolve(profile).resolve(otherGroup);
        drop(unwelcome, "unwelcome.csv", ReportFixtures.romanianCsv());
        Path folder = reports.resolve(profile).resolve(group);
        drop(folder, "empty.csv", new byte[0]);

        Path refused = reports.resolve(".refused");
        await().atMost(COLLECTED).pollInterval(Duration.ofMillis(300)).until(() -> names(refused).containsAll(List.of(
                "misplaced.csv", "misplaced.csv.reason.txt", "unwelcome.csv", "unwelcome.csv.reason.txt", "empty.csv", "empty.csv.reason.txt")));
        assertThat(Files.readString(refused.resolve("misplaced.csv.reason.txt"))).contains("reports/<profileId>/<workingGroupId>/");
        assertThat(Files.readString(refused.resolve("unwelcome.csv.reason.txt"))).contains("does not sit in that working group");
        assertThat(Files.readString(refused.resolve("empty.csv.reason.txt"))).contains("empty");
        assertThat(names(misplaced)).doesNotContain("misplaced.csv");
        assertThat(hub.asAdmin().get("/audit?targetType=report&size=100").then().statusCode(200).extract().jsonPath()
                .getList("items.action")).contains("report.sftp-file-refused");
        // nothing of the files' content reaches the collecting node's log
        assertThat(node.log()).doesNotContain("Perioada").doesNotContain("Număr");
    }
}
