package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.ReportFixtures;
import org.cthub.deploy.support.ReportWorkbooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports uploaded over HTTP: 202 and a status resource that ends imported (rows accepted and rejected, the
 * rejected rows as JSON and CSV) or rejected with a reason; the broken and hostile files, each named.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportUploadIT {

    private Hub hub;
    private String ngo;
    private String token;
    private String workingGroup;
    private String romanianProfile;
    private String hxlProfile;
    private String albanianProfile;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        Directory directory = new Directory(hub);
        ngo = directory.activeOrganisation("ngo", "RO");
        token = directory.token(ngo, "partner");
        workingGroup = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("[0].id");
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", ngo))
                .post("/working-groups/" + workingGroup + "/members").then().statusCode(201);
        romanianProfile = profile(ReportFixtures.romanianProfile());
        hxlProfile = profile(ReportFixtures.hxlProfile());
        albanianProfile = profile(ReportWorkbooks.albanianProfile());
    }

    private String profile(Map<String, Object> body) {
        return hub.as(token).contentType("application/json").body(body).post("/reports/profiles").then().statusCode(201).extract().path("id");
    }

    private Response upload(String profile, String contentType, byte[] file) {
        return hub.as(token).contentType(contentType).body(file).post("/reports?profile=" + profile + "&workingGroup=" + workingGroup);
    }

    /** Uploads and waits until the import has finished; returns the final status. */
    private Response imported(String profile, String contentType, byte[] file) {
        Response accepted = upload(profile, contentType, file);
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
        String location = accepted.header("Location");
        assertThat(location).contains("/reports/").endsWith("/versions/1");
        Response[] status = new Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            status[0] = hub.as(token).get(location);
            return List.of("imported", "rejected").contains(status[0].<String>path("state"));
        });
        return status[0];
    }

    @Test
    void importsAWindows1250SemicolonCsvWithRomanianColumnsAndListsTheRejectedRow() {
        Response status = imported(romanianProfile, "text/csv", ReportFixtures.romanianCsv());
        assertThat(status.<String>path("state")).isEqualTo("imported");
        assertThat(status.<Integer>path("rowsRead")).isEqualTo(3);
        assertThat(status.<Integer>path("rowsAccepted")).isEqualTo(2);
        assertThat(status.<Integer>path("rowsRejected")).isEqualTo(1);
        String rejected = "/reports/" + status.path("reportId") + "/versions/1/rejected-rows";
        Response json = hub.as(token).get(rejected);
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.<List<Integer>>path("items.row")).containsOnly(4);
        assertThat(json.<List<String>>path("items.field")).containsExactly("count", "country", "gender", "periodStart");
        Response csv = hub.as(token).accept("text/csv").get(rejected);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.asString()).contains("row,field,reason").contains("4,gender,").doesNotContain("Romania", "doi");
        assertThat(hub.as(token).get("/reports/" + status.path("reportId")).then().statusCode(200).extract().<String>path("status"))
                .isEqualTo("submitted");
    }

    @Test
    void importsAnHxlTaggedCsv() {
        Response status = imported(hxlProfile, "text/csv", ReportFixtures.HXL_CSV.getBytes(StandardCharsets.UTF_8));
        assertThat(status.<String>path("state")).isEqualTo("imported");
        assertThat(status.<Integer>path("rowsAccepted")).isEqualTo(2);
    }

    @Test
    void importsAnAlbanianXlsxAndRejectsTheRowWithAFormulaLikeCountry() {
        Response status = imported(albanianProfile, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ReportWorkbooks.albanian());
        assertThat(status.<String>path("state")).as(status.asString()).isEqualTo("imported");
        assertThat(status.<Integer>path("rowsAccepted")).isEqualTo(2);
        assertThat(hub.as(token).get("/reports/" + status.path("reportId") + "/versions/1/rejected-rows")
                .then().statusCode(200).extract().<List<Integer>>path("items.row")).containsExactly(4);
    }

    @Test
    void rejectsAFileInTheWrongEncodingWithAReason() {
        Map<String, Object> utf8 = ReportFixtures.romanianProfile();
        utf8.put("encoding", "UTF-8");
        Response status = imported(profile(utf8), "text/csv", ReportFixtures.romanianCsv());
        assertThat(status.<String>path("state")).isEqualTo("rejected");
        assertThat(status.<String>path("failure")).contains("not valid UTF-8");
        assertThat(status.<Integer>path("rowsAccepted")).isZero();
    }

    @Test
    void rejectsATruncatedXlsx() {
        Response status = imported(albanianProfile, "application/octet-stream", ReportWorkbooks.truncated());
        assertThat(status.<String>path("state")).isEqualTo("rejected");
        assertThat(status.<String>path("failure")).containsAnyOf("truncated", "damaged");
    }

    @Test
    void rejectsAnXlsxZipBomb() {
        Response status = imported(albanianProfile, "application/octet-stream", ReportWorkbooks.zipBomb());
        assertThat(status.<String>path("state")).isEqualTo("rejected");
        assertThat(status.<String>path("failure")).contains("zip bomb");
    }

    private String xmlProfile() {
        return profile(Map.of("name", "XML cases " + java.util.UUID.randomUUID(), "template", "ctdc-case", "templateVersion", 1,
                "format", "xml", "columns", Map.of("yearOfRegistration", "viti", "gender", "@gjinia", "citizenship", "shtetesia"),
                "valueMappings", Map.of("gender", Map.of("F", "Woman", "M", "Man"))));
    }

    @Test
    void importsAnXmlExportOfCaseRecords() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rastet>\n"
                + "  <rast gjinia=\"F\"><viti>2025</viti><shtetesia>ALB</shtetesia></rast>\n"
                + "  <rast gjinia=\"M\"><viti>2024</viti><shtetesia>XKX</shtetesia></rast>\n</rastet>";
        Response status = imported(xmlProfile(), "application/xml", xml.getBytes(StandardCharsets.UTF_8));
        assertThat(status.<String>path("state")).as(status.asString()).isEqualTo("imported");
        assertThat(status.<Integer>path("rowsAccepted")).isEqualTo(2);
    }

    @Test
    void rejectsXxeInXml() {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rastet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rastet><rast gjinia=\"F\"><viti>2025</viti><shtetesia>&xxe;</shtetesia></rast></rastet>";
        Response status = imported(xmlProfile(), "application/xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThat(status.<String>path("state")).isEqualTo("rejected");
        assertThat(status.<String>path("failure")).contains("DOCTYPE");
        assertThat(status.asString()).doesNotContain("root:");
    }

    @Test
    void rejectsEntityExpansionInXml() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
                + "<rastet><rast gjinia=\"F\"><viti>&lol2;</viti><shtetesia>ALB</shtetesia></rast></rastet>";
        Response status = imported(xmlProfile(), "application/xml", laughs.getBytes(StandardCharsets.UTF_8));
        assertThat(status.<String>path("state")).isEqualTo("rejected");
        assertThat(status.<String>path("failure")).contains("DOCTYPE");
    }

    @Test
    void rejectsAHeaderOnlyFile() {
        String header = ReportFixtures.ROMANIAN_CSV.substring(0, ReportFixtures.ROMANIAN_CSV.indexOf('\n') + 1);
        Response status = imported(romanianProfile, "text/csv", header.getBytes(ReportFixtures.WINDOWS_1250));
        assertThat(status.<String>path("state")).isEqualTo("rejected");
        assertThat(status.<String>path("failure")).contains("no data rows");
    }

    @Test
    void refusesAnEmptyUploadWith422() {
        upload(romanianProfile, "text/csv", new byte[0]).then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void refusesAnOversizedUploadWith413() {
        try (Hub small = Hub.dedicated("report-cap", Map.of("HUB_REPORTS_MAX_UPLOAD_BYTES", "1000"))) {
            Directory directory = new Directory(small);
            String organisation = directory.activeOrganisation("ngo", "RO");
            String smallToken = directory.token(organisation, "partner");
            String group = small.asAdmin().get("/working-groups").then().statusCode(200).extract().path("[0].id");
            small.asAdmin().contentType("application/json").body(Map.of("organisationId", organisation))
                    .post("/working-groups/" + group + "/members").then().statusCode(201);
            String profile = small.as(smallToken).contentType("application/json").body(ReportFixtures.romanianProfile())
                    .post("/reports/profiles").then().statusCode(201).extract().path("id");
            Response tooLarge = small.as(smallToken).contentType("text/csv").body(new byte[1001])
                    .post("/reports?profile=" + profile + "&workingGroup=" + group);
            assertThat(tooLarge.statusCode()).isEqualTo(413);
            assertThat(tooLarge.contentType()).startsWith("application/problem+json");
            small.as(smallToken).contentType("text/csv").body(ReportFixtures.romanianCsv())
                    .post("/reports?profile=" + profile + "&workingGroup=" + group).then().statusCode(202);
        }
    }

    @Test
    void ignoresPathTraversalInFileNamesAndWritesNothingOutsideTheIntakeFolder() throws Exception {
        Response accepted = hub.as(token).contentType("text/csv").header("Content-Disposition", "attachment; filename=\"../../evil-traversal.csv\"")
                .body(ReportFixtures.romanianCsv())
                .post("/reports?profile=" + romanianProfile + "&workingGroup=" + workingGroup + "&filename=../../evil-traversal.csv");
        assertThat(accepted.statusCode()).isEqualTo(202);
        await().atMost(Duration.ofSeconds(60)).until(() -> "imported".equals(hub.as(token).get(accepted.header("Location")).path("state")));
        try (Stream<Path> files = Files.walk(Hub.REPORT_INTAKE.getParent().getParent())) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.contains("evil-traversal"));
        }
        try (Stream<Path> spooled = Files.list(Hub.REPORT_INTAKE)) {
            assertThat(spooled.map(p -> p.getFileName().toString())).allMatch(name -> name.matches("(upload-\\d+\\.part|[0-9a-f-]{36}\\.upload)"));
        }
    }

    @Test
    void refusesAProfileOfAnotherOrganisationAndAWorkingGroupTheNgoDoesNotSitIn() {
        Directory directory = new Directory(hub);
        String otherToken = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
        hub.as(otherToken).contentType("text/csv").body(ReportFixtures.romanianCsv())
                .post("/reports?profile=" + romanianProfile + "&workingGroup=" + workingGroup).then().statusCode(404);
        List<String> groups = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("id");
        String notMine = groups.stream().filter(g -> !g.equals(workingGroup)).findFirst().orElseThrow();
        hub.as(token).contentType("text/csv").body(ReportFixtures.romanianCsv())
                .post("/reports?profile=" + romanianProfile + "&workingGroup=" + notMine).then().statusCode(422);
        hub.as(token).contentType("text/csv").body(ReportFixtures.romanianCsv()).post("/reports?workingGroup=" + workingGroup)
                .then().statusCode(400);
    }

    @Test
    void anotherOrganisationCannotSeeTheReportItsStatusOrItsRejectedRows() {
        Response status = imported(romanianProfile, "text/csv", ReportFixtures.romanianCsv());
        String report = "/reports/" + status.path("reportId");
        Directory directory = new Directory(hub);
        String otherToken = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
        hub.as(otherToken).get(report).then().statusCode(404);
        hub.as(otherToken).get(report + "/versions/1").then().statusCode(404);
        hub.as(otherToken).get(report + "/versions/1/rejected-rows").then().statusCode(404);
        hub.as(otherToken).accept("text/csv").get(report + "/versions/1/rejected-rows").then().statusCode(404);
        hub.asAdmin().get(report).then().statusCode(200);
    }
}
