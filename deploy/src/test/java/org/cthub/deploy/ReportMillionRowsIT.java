package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
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
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("start,end,country,what,gender,age,help,n\n");
            String[] genders = {"F", "M"};
            String[] ages = {"18-20", "21-23", "9-17"};
            for (int i = 0; i < ROWS; i++) {
                out.write("2026-01-01,2026-03-31,RO,persons-assisted," + genders[i % 2] + "," + ages[i % 3] + ",shelter," + (i % 50) + "\n");
            }
        }
        try (Hub hub = Hub.dedicated("million", Map.of("HUB_MAX_REQUEST_BYTES", "209715200", "HUB_REPORTS_MAX_UPLOAD_BYTES", "209715200"))) {
            Directory directory = new Directory(hub);
            String ngo = directory.activeOrganisation("ngo", "RO");
            String token = directory.token(ngo, "partner");
            String group = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("[0].id");
            hub.asAdmin().contentType("application/json").body(Map.of("organisationId", ngo)).post("/working-groups/" + group + "/members")
                    .then().statusCode(201);
            String profile = hub.as(token).contentType("application/json").body(Map.of("name", "Million", "template", "activity-report",
                    "templateVersion", 1, "format", "csv", "columns", Map.of("periodStart", "start", "periodEnd", "end", "country", "country",
                            "measure", "what", "gender", "gender", "ageBroad", "age", "assistanceType", "help", "count", "n"),
                    "valueMappings", Map.of("gender", Map.of("F", "Woman", "M", "Man"),
                            "ageBroad", Map.of("18-20", "18--20", "21-23", "21--23", "9-17", "9--17"))))
                    .post("/reports/profiles").then().statusCode(201).extract().path("id");
            long pid = hubPid();
            Instant start = Instant.now();
            Response accepted = hub.as(token).contentType("text/csv").body(csv.toFile()).post("/reports?profile=" + profile + "&workingGroup=" + group);
            assertThat(accepted.statusCode()).as(accepted.asString()).isEqualTo(202);
            long[] peak = {0};
            Response[] status = new Response[1];
            await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                peak[0] = Math.max(peak[0], heapUsed(pid));
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

    private static long hubPid() {
        return ProcessHandle.current().descendants().filter(p -> p.info().commandLine().orElse("").contains("-jar"))
                .mapToLong(ProcessHandle::pid).max().orElseThrow();
    }

    /** Heap in use (survivors, eden, old) as jstat reports it, in bytes; 0 when jstat cannot tell. */
    private static long heapUsed(long pid) {
        try {
            Process jstat = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jstat").toString(), "-gc", Long.toString(pid))
                    .redirectErrorStream(true).start();
            List<String> lines = new String(jstat.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            jstat.waitFor();
            String[] names = lines.get(0).trim().split("\\s+");
            String[] values = lines.get(1).trim().split("\\s+");
            double kib = 0;
            for (int i = 0; i < names.length; i++) {
                if (List.of("S0U", "S1U", "EU", "OU").contains(names[i])) {
                    kib += Double.parseDouble(values[i]);
                }
            }
            return (long) (kib * 1024);
        } catch (IOException | RuntimeException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }
}
