package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.time.Duration;
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

/**
 * The review cycle: a secretariat of the working group a report went to returns it for correction, the NGO
 * uploads a corrected version, the secretariat accepts it; secretariats of other groups see nothing of it.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportReviewIT {

    private Hub hub;
    private String group;
    private String ngoToken;
    private String profile;
    private String secretariatToken;
    private String outsideSecretariatToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        Directory directory = new Directory(hub);
        List<String> groups = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("id");
        group = groups.get(groups.size() - 1);
        String ngo = directory.activeOrganisation("ngo", "RO");
        String secretariat = directory.activeOrganisation("working-group-secretariat", "AL");
        join(ngo);
        join(secretariat);
        ngoToken = directory.token(ngo, "partner");
        secretariatToken = directory.token(secretariat, "secretariat");
        outsideSecretariatToken = directory.token(directory.activeOrganisation("working-group-secretariat", "BA"), "secretariat");
        profile = hub.as(ngoToken).contentType("application/json").body(ReportFixtures.romanianProfile()).post("/reports/profiles")
                .then().statusCode(201).extract().path("id");
    }

    private void join(String organisation) {
        hub.asAdmin().contentType("application/json").body(Map.of("organisationId", organisation))
                .post("/working-groups/" + group + "/members").then().statusCode(201);
    }

    private Response awaitFinished(String location) {
        Response[] status = new Response[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            status[0] = hub.as(ngoToken).get(location);
            return List.of("imported", "rejected").contains(status[0].<String>path("state"));
        });
        return status[0];
    }

    private String uploadedReport() {
        Response accepted = hub.as(ngoToken).contentType("text/csv").body(ReportFixtures.romanianCsv())
                .post("/reports?profile=" + profile + "&workingGroup=" + group);
        assertThat(accepted.statusCode()).isEqualTo(202);
        return awaitFinished(accepted.header("Location")).path("reportId");
    }

    @Test
    void aReturnedReportIsCorrectedAsANewVersionAndThenAccepted() {
        String report = uploadedReport();
        assertThat(hub.as(secretariatToken).get("/reports?workingGroup=" + group + "&size=100").then().statusCode(200)
                .extract().<List<String>>path("items.id")).contains(report);
        hub.as(secretariatToken).get("/reports/" + report + "/versions/1/rejected-rows").then().statusCode(200);

        hub.as(secretariatToken).contentType("application/json").body(Map.of()).post("/reports/" + report + "/return").then().statusCode(422);
        Response returned = hub.as(secretariatToken).contentType("application/json")
                .body(Map.of("comment", "Row 4: the date, the country and the count are wrong.")).post("/reports/" + report + "/return");
        assertThat(returned.statusCode()).as(returned.asString()).isEqualTo(200);
        assertThat(returned.<String>path("status")).isEqualTo("returned");
        hub.as(secretariatToken).contentType("application/json").body(Map.of()).post("/reports/" + report + "/acceptance").then().statusCode(409);
        assertThat(hub.as(ngoToken).get("/reports/" + report).then().statusCode(200).extract().<String>path("reviewComment"))
                .contains("Row 4");
        Map<String, Object> returnedNotice = reviewNotice(report, "returned");
        assertThat(returnedNotice).containsEntry("version", 1).doesNotContainKey("comment");

        String corrected = ReportFixtures.ROMANIAN_CSV.replace("31.13.2026;31.03.2026;Romania;Persoane asistate;X;18-20;Adăpost;doi",
                "01.01.2026;31.03.2026;RO;Persoane asistate;M;18-20;Adăpost;2");
        Response again = hub.as(ngoToken).contentType("text/csv").body(corrected.getBytes(ReportFixtures.WINDOWS_1250))
                .post("/reports/" + report + "/versions?profile=" + profile);
        assertThat(again.statusCode()).as(again.asString()).isEqualTo(202);
        assertThat(again.header("Location")).endsWith("/reports/" + report + "/versions/2");
        Response v2 = awaitFinished(again.header("Location"));
        assertThat(v2.<Integer>path("rowsAccepted")).isEqualTo(3);
        assertThat(v2.<Integer>path("rowsRejected")).isZero();

        Response accepted = hub.as(secretariatToken).contentType("application/json").body(Map.of()).post("/reports/" + report + "/acceptance");
        assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(200);
        assertThat(accepted.<String>path("status")).isEqualTo("accepted");
        assertThat(accepted.<List<Integer>>path("versions.version")).containsExactly(1, 2);
        hub.as(ngoToken).contentType("text/csv").body(ReportFixtures.romanianCsv())
                .post("/reports/" + report + "/versions?profile=" + profile).then().statusCode(409);
        assertThat(reviewNotice(report, "accepted")).containsEntry("version", 2);
        String audit = hub.asAdmin().get("/audit?targetId=" + report + "&size=100").then().statusCode(200).extract().asString();
        assertThat(audit).contains("report.returned-for-correction", "report.version-submitted", "report.accepted");
    }

    /** The report-reviewed message with the given status in the NGO's pull inbox (its channel), once it is there. */
    private Map<String, Object> reviewNotice(String report, String status) {
        Object[] payload = new Object[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<Map<String, Object>> items = hub.as(ngoToken).get("/inbox?size=100").then().statusCode(200).extract().path("items");
            payload[0] = items.stream().filter(item -> "report-reviewed".equals(item.get("type")) && report.equals(item.get("reportId")))
                    .map(item -> (Map<?, ?>) item.get("payload")).filter(p -> status.equals(p.get("status"))).findFirst().orElse(null);
            return payload[0] != null;
        });
        @SuppressWarnings("unchecked")
        Map<String, Object> notice = (Map<String, Object>) payload[0];
        assertThat(notice).containsEntry("reportId", report).containsEntry("workingGroupId", group);
        return notice;
    }

    @Test
    void aSubmittedReportTakesNoNewVersionUntilItIsReturned() {
        String report = uploadedReport();
        hub.as(ngoToken).contentType("text/csv").body(ReportFixtures.romanianCsv())
                .post("/reports/" + report + "/versions?profile=" + profile).then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aSecretariatOfAnotherWorkingGroupNeitherSeesNorReviewsTheReport() {
        String report = uploadedReport();
        hub.as(outsideSecretariatToken).get("/reports/" + report).then().statusCode(404);
        hub.as(outsideSecretariatToken).get("/reports?workingGroup=" + group).then().statusCode(403);
        hub.as(outsideSecretariatToken).get("/reports").then().statusCode(403);
        hub.as(outsideSecretariatToken).contentType("application/json").body(Map.of()).post("/reports/" + report + "/acceptance")
                .then().statusCode(404);
        hub.as(ngoToken).contentType("application/json").body(Map.of()).post("/reports/" + report + "/acceptance").then().statusCode(403);
    }
}
