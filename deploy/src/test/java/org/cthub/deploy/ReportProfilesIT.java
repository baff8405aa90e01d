package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubExtension;
import org.cthub.deploy.support.ReportFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/** Report profiles over HTTP: owned by the organisation, checked against the template, audited, and tried on samples. */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportProfilesIT {

    private Hub hub;
    private String ngo;
    private String ngoToken;
    private String otherToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        Directory directory = new Directory(hub);
        ngo = directory.activeOrganisation("ngo", "RO");
        ngoToken = directory.token(ngo, "partner");
        otherToken = directory.token(directory.activeOrganisation("ngo", "MD"), "partner");
    }

    private String createProfile(Map<String, Object> body) {
        return hub.as(ngoToken).contentType("application/json").body(body).post("/reports/profiles")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void anNgoCreatesReadsChangesAndRemovesItsProfileAndEveryChangeIsAudited() {
        Response created = hub.as(ngoToken).contentType("application/json").body(ReportFixtures.romanianProfile()).post("/reports/profiles");
        assertThat(created.statusCode()).as(created.asString()).isEqualTo(201);
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/reports/profiles/" + id);
        assertThat((String) created.path("organisationId")).isEqualTo(ngo);
        assertThat((String) created.path("encoding")).isEqualTo("windows-1250");
        assertThat((Map<String, String>) created.path("columns")).containsEntry("gender", "Gen");

        Response read = hub.as(ngoToken).get("/reports/profiles/" + id);
        assertThat(read.statusCode()).isEqualTo(200);
        Map<String, Object> changed = ReportFixtures.romanianProfile();
        changed.put("delimiter", ",");
        hub.as(ngoToken).contentType("application/json").body(changed).put("/reports/profiles/" + id).then().statusCode(428);
        hub.as(ngoToken).contentType("application/json").body(changed).header("If-Match", "\"999\"").put("/reports/profiles/" + id)
                .then().statusCode(412);
        hub.as(ngoToken).contentType("application/json").body(changed).header("If-Match", read.header("ETag"))
                .put("/reports/profiles/" + id).then().statusCode(200).body("delimiter", org.hamcrest.Matchers.equalTo(","));
        assertThat(hub.as(ngoToken).get("/reports/profiles?size=100").then().statusCode(200).extract().<List<String>>path("items.id")).contains(id);

        hub.as(ngoToken).delete("/reports/profiles/" + id).then().statusCode(204);
        hub.as(ngoToken).get("/reports/profiles/" + id).then().statusCode(404);
        String audit = hub.asAdmin().get("/audit?targetId=" + id + "&size=100").then().statusCode(200).extract().asString();
        assertThat(audit).contains("report.profile-created", "report.profile-updated", "report.profile-removed");
    }

    @Test
    void anotherOrganisationNeitherSeesNorChangesTheProfile() {
        String id = createProfile(ReportFixtures.romanianProfile());
        hub.as(otherToken).get("/reports/profiles/" + id).then().statusCode(404);
        hub.as(otherToken).delete("/reports/profiles/" + id).then().statusCode(404);
        assertThat(hub.as(otherToken).get("/reports/profiles?size=100").then().statusCode(200).extract().<List<String>>path("items.id"))
                .doesNotContain(id);
        hub.asAdmin().get("/reports/profiles/" + id).then().statusCode(200);
    }

    @Test
    void refusesAProfileWithAnUnknownFieldAnUnmappedRequiredFieldOrAnInvalidCode() {
        Map<String, Object> unknownField = ReportFixtures.romanianProfile();
        unknownField.put("columns", Map.of("colour", "Culoare", "periodStart", "a", "periodEnd", "b", "country", "c", "measure", "d", "count", "e"));
        hub.as(ngoToken).contentType("application/json").body(unknownField).post("/reports/profiles").then().statusCode(422)
                .contentType("application/problem+json");
        Map<String, Object> noCount = ReportFixtures.romanianProfile();
        noCount.put("columns", Map.of("periodStart", "a", "periodEnd", "b", "country", "c", "measure", "d"));
        noCount.remove("valueMappings");
        hub.as(ngoToken).contentType("application/json").body(noCount).post("/reports/profiles").then().statusCode(422);
        Map<String, Object> badCode = ReportFixtures.romanianProfile();
        badCode.put("valueMappings", Map.of("gender", Map.of("F", "Female")));
        hub.as(ngoToken).contentType("application/json").body(badCode).post("/reports/profiles").then().statusCode(422);
        Map<String, Object> badEncoding = ReportFixtures.romanianProfile();
        badEncoding.put("encoding", "EBCDIC");
        hub.as(ngoToken).contentType("application/json").body(badEncoding).post("/reports/profiles").then().statusCode(422);
        Map<String, Object> unknownTemplate = ReportFixtures.romanianProfile();
        unknownTemplate.put("templateVersion", 7);
        hub.as(ngoToken).contentType("application/json").body(unknownTemplate).post("/reports/profiles").then().statusCode(404);
    }

    @Test
    void aDryRunMapsAWindows1250SampleAndReturnsRowsAndErrorsWithoutStoringAnything() {
        String id = createProfile(ReportFixtures.romanianProfile());
        Response run = hub.as(ngoToken).contentType("text/csv").body(ReportFixtures.romanianCsv()).post("/reports/profiles/" + id + "/dry-run");
        assertThat(run.statusCode()).as(run.asString()).isEqualTo(200);
        assertThat(run.<Integer>path("rowsRead")).isEqualTo(3);
        assertThat(run.<Integer>path("rowsAccepted")).isEqualTo(2);
        assertThat(run.<Map<String, Object>>path("rows[0].values")).containsEntry("gender", "Woman").containsEntry("count", 12)
                .containsEntry("periodStart", "2026-01-01");
        assertThat(run.<List<Integer>>path("errors.row")).containsOnly(4);
        assertThat(run.<List<String>>path("errors.field")).contains("periodStart", "country", "gender", "count");
        assertThat(run.asString()).doesNotContain("doi", "Romania");
    }

    @Test
    void aDryRunRefusesTheWrongEncodingAnEmptyFileAndAnOversizedSample() {
        String id = createProfile(ReportFixtures.romanianProfile());
        Map<String, Object> utf8 = ReportFixtures.romanianProfile();
        utf8.put("encoding", "UTF-8");
        String utf8Profile = createProfile(utf8);
        hub.as(ngoToken).contentType("text/csv").body(ReportFixtures.romanianCsv()).post("/reports/profiles/" + utf8Profile + "/dry-run")
                .then().statusCode(422).contentType("application/problem+json").body("detail", org.hamcrest.Matchers.containsString("UTF-8"));
        hub.as(ngoToken).contentType("text/csv").body(new byte[0]).post("/reports/profiles/" + id + "/dry-run").then().statusCode(422);
        hub.as(ngoToken).contentType("text/csv").body(new byte[1_048_577]).post("/reports/profiles/" + id + "/dry-run").then().statusCode(413);
    }

    @Test
    void aDryRunMapsAnHxlSampleByItsHashtags() {
        String id = createProfile(ReportFixtures.hxlProfile());
        Response run = hub.as(ngoToken).contentType("text/csv").body(ReportFixtures.HXL_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/reports/profiles/" + id + "/dry-run");
        assertThat(run.statusCode()).as(run.asString()).isEqualTo(200);
        assertThat(run.<List<String>>path("rows.values.gender")).containsExactly("Woman", "Man");
        assertThat(run.<List<Integer>>path("rows.row")).containsExactly(3, 4);
    }
}
