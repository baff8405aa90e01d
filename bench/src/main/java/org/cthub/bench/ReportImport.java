package org.cthub.bench;

import io.restassured.response.Response;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cthub.deploy.support.Directory;
import org.cthub.deploy.support.Hub;
import org.cthub.deploy.support.HubMemory;
import org.cthub.deploy.support.ReportFixtures;
import org.postgresql.PGConnection;

/**
 * A one-million-row CSV report imported by the hub (upload, then the report-import route until the version is
 * imported) against PostgreSQL COPY of the same rows into the same table (report_row), with the hub's peak heap
 * sampled by jstat every second.
 */
final class ReportImport {

    private ReportImport() {
    }

    static void run() throws Exception {
        int rows = Bench.seconds("bench.rows", 1_000_000);
        BenchDatabase db = BenchDatabase.fromEnvironment();
        Path csv = Bench.work().resolve("million.csv");
        ReportFixtures.writeActivityCsv(csv, rows);
        Map<String, Object> result = new LinkedHashMap<>();
        try (Hub hub = Hub.dedicated("bench-import", Partners.settings(Map.of("HUB_MAX_REQUEST_BYTES", "209715200",
                "HUB_REPORTS_MAX_UPLOAD_BYTES", "209715200")))) {
            Directory directory = new Directory(hub);
            String ngo = directory.activeOrganisation("ngo", "RO");
            String token = directory.token(ngo, "partner");
            String group = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("[0].id");
            hub.asAdmin().contentType("application/json").body(Map.of("organisationId", ngo)).post("/working-groups/" + group + "/members")
                    .then().statusCode(201);
            String profile = hub.as(token).contentType("application/json").body(ReportFixtures.activityCsvProfile())
                    .post("/reports/profiles").then().statusCode(201).extract().path("id");
            long pid = HubMemory.hubPid();
            double loadBefore = Bench.loadAverage();
            Series hubSeries = new Series("hub: upload + import (rows/s, accepted so far)");
            long start = System.nanoTime();
            Response accepted = hub.as(token).contentType("text/csv").body(csv.toFile())
                    .post("/reports?profile=" + profile + "&workingGroup=" + group);
            if (accepted.statusCode() != 202) {
                throw new IllegalStateException("Upload refused: " + accepted.asString());
            }
            double uploadSeconds = (System.nanoTime() - start) / 1e9;
            long peak = 0;
            String state;
            int lastRows = 0;
            Response status;
            do {
                Thread.sleep(1000);
                peak = Math.max(peak, HubMemory.heapUsed(pid));
                status = hub.as(token).get(accepted.header("Location"));
                state = status.path("state");
                Integer done = status.path("rowsAccepted");
                int now = done == null ? 0 : done;
                hubSeries.add((System.nanoTime() - start) / 1e9, now - lastRows, Double.NaN, Double.NaN);
                lastRows = now;
            } while (!List.of("imported", "rejected").contains(state) && System.nanoTime() - start < Duration.ofMinutes(30).toNanos());
            double hubSeconds = (System.nanoTime() - start) / 1e9;
            double loadHub = Bench.loadAverage();
            if (!"imported".equals(state)) {
                throw new IllegalStateException("The import ended " + state + ": " + status.asString());
            }
            int imported = status.path("rowsAccepted");
            hub.process().stop();

            Path copy = Bench.work().resolve("million.copy");
            String version;
            double copySeconds;
            Series copySeries = new Series("PostgreSQL COPY into report_row");
            try (Connection c = db.connect()) {
                var copier = c.unwrap(PGConnection.class).getCopyAPI();
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT version_id FROM report_row LIMIT 1")) {
                    rs.next();
                    version = rs.getString(1);
                }
                try (Writer out = Files.newBufferedWriter(copy)) {
                    copier.copyOut("COPY (SELECT * FROM report_row WHERE version_id = '" + version + "') TO STDOUT", out);
                }
                try (var s = c.createStatement()) {
                    s.execute("DELETE FROM report_row WHERE version_id = '" + version + "'");
                    s.execute("VACUUM report_row");
                }
                long copyStart = System.nanoTime();
                try (Reader in = Files.newBufferedReader(copy)) {
                    copier.copyIn("COPY report_row FROM STDIN", in);
                }
                copySeconds = (System.nanoTime() - copyStart) / 1e9;
            }
            copySeries.add(copySeconds, imported / copySeconds, Double.NaN, Double.NaN);
            double hubRate = imported / hubSeconds;
            double copyRate = imported / copySeconds;
            Map<String, Object> hubResult = new LinkedHashMap<>();
            hubResult.put("rows", imported);
            hubResult.put("csvBytes", Files.size(csv));
            hubResult.put("uploadSeconds", uploadSeconds);
            hubResult.put("seconds", hubSeconds);
            hubResult.put("perSecond", hubRate);
            hubResult.put("peakHeapMiB", HubMemory.mib(peak));
            hubResult.put("heapTargetMiB", 512);
            hubResult.put("heapMet", HubMemory.mib(peak) <= 512);
            result.put("loadAverage", Map.of("beforeHub", loadBefore, "afterHub", loadHub, "afterCopy", Bench.loadAverage()));
            result.put("hub", hubResult);
            result.put("baseline", Map.of("rows", imported, "seconds", copySeconds, "perSecond", copyRate,
                    "command", "COPY report_row FROM STDIN (the rows the hub wrote, exported, deleted, copied back)"));
            result.put("throughput", Bench.ratio(hubRate, copyRate, 0.2));
            Files.deleteIfExists(copy);
            Bench.write("import", result, "Report import, 1,000,000 CSV rows: hub vs COPY", "rows",
                    List.of(hubSeries, copySeries));
        } finally {
            Files.deleteIfExists(csv);
        }
    }
}
