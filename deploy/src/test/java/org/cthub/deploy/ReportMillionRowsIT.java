package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubMemory;
import org.cthub.deploy.support.ReportFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The scale check of issue 4, opt-in (-Dreports.million=true; it takes minutes): a one-million-row CSV
 * imports into a hub whose heap is capped at 512 MiB (HubProcess runs it with -Xmx512m). Prints rows per
 * second and the peak heap seen by sampling the hub with jstat while the import runs.
 */
@EnabledIfSystemProperty(named = "reports.million", matches = "true")
class ReportMillionRowsIT {

    private static final int ROWS = 1_000_000;

    @Test
    void importsAMillionRowCsvInBoundedMemory() throws Exception {
        Path csv = Files.createTempFile("million", ".csv");
        ReportFixtures.writeActivityCsv(csv, ROWS);
        try (Hub hub = Hub.dedicated("million", Map.of("HUB_MAX_REQUEST_BYTES", "209715200", "HUB_REPORTS_MAX_UPLOAD_BYTES", "209715200"))) {
            Directory directory = new Directory(hub);
            String ngo = directory.activeOrganisation("ngo", "RO");
            String token = directory.token(ngo, "partner");
            String group = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("[0].id");
            hub.asAdmin().contentType("application/json").body(Map.of("organisationId", ngo)).post("/working-groups/" + group + "/members")
                    .then().statusCode(201);
            String profile = hub.as(token).contentType("application/json").body(ReportFixtures.activityCsvProfile())
                    .post("/reports/profiles").then().statusCode(201).extract().path("id");
            long pid = HubMemory.hubPid();
            Instant start = Instant.now();
            Response accepted = hub.as(token).contentType("text/csv").body(csv.toFile()).post("/reports?profile=" + profile + "&workingGroup=" + group);
            assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
            long[] peak = {0};
            Response[] status = new Response[1];
            await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                peak[0] = Math.max(peak[0], HubMemory.heapUsed(pid));
                status[0] = hub.as(token).get(accepted.header("Location"));
                return List.of("imported", "rejected").contains(status[0].<String>path("state"));
            });
            double seconds = Duration.between(start, Instant.now()).toMillis() / 1000.0;
            assertThat(status[0].<String>path("state")).as(status[0].asString()).isEqualTo("imported");
            assertThat(status[0].<Integer>path("rowsAccepted")).isEqualTo(ROWS);
            System.out.printf("ReportMillionRowsIT: %d rows (%d MB) uploaded and imported in %.1f s = %.0f rows/s; peak heap used %d MiB "
                    + "(-Xmx512m)%n", ROWS, Files.size(csv) / 1_000_000, seconds, ROWS / seconds, peak[0] / (1024 * 1024));
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
