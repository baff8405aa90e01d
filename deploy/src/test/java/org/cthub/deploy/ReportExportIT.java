package org.cthub.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * Accepted reports export in the standard form as CSV, HXL CSV, XLSX and JSON: the Albanian XLSX and the
 * HXL CSV land in the same columns, a formula-like cell never reaches an export, and a report not yet
 * accepted does not export.
 */
@ExtendWith(HubExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportExportIT {

    private Hub hub;
    private String group;
    private String ngoToken;
    private String secretariatToken;

    @BeforeAll
    void setUp(Hub hub) {
        this.hub = hub;
        Directory directory = new Directory(hub);
        List<String> groups = hub.asAdmin().get("/working-groups").then().statusCode(200).extract().path("id");
        group = groups.get(groups.size() - 1);
        String ngo = directory.activeOrganisation("ngo", "AL");
        String secretariat = directory.activeOrganisation("working-group-secretariat", "AL");
        for (String organisation : List.of(ngo, secretariat)) {
            hub.asAdmin().contentType("application/json").body(Map.of("organisationId", organisation))
                    .post("/working-groups/" + group + "/members").then().statusCode(201);
        }
        ngoToken = directory.token(ngo, "partner");
        secretariatToken = directory.token(secretariat, "secretariat");
    }

    private String report(Map<String, Object> profileBody, String contentType, byte[] file) {
        String profile = hub.as(ngoToken).contentType("application/json").body(profileBody).post("/reports/profiles")
                .then().statusCode(201).extract().path("id");
        String location = hub.as(ngoToken).contentType(contentType).body(file).post("/reports?profile=" + profile + "&workingGroup=" + group)
                .then().statusCode(202).extract().header("Location");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> "imported".equals(hub.as(ngoToken).get(location).path("state")));
        return location.substring(location.indexOf("/reports/") + 9, location.indexOf("/versions/"));
    }

    private String acceptedReport(Map<String, Object> profileBody, String contentType, byte[] file) {
        String report = report(profileBody, contentType, file);
        hub.as(secretariatToken).contentType("application/json").body(Map.of()).post("/reports/" + report + "/acceptance").then().statusCode(200);
        return report;
    }

    @Test
    void exportsAnAcceptedXlsxReportAsCsvHxlXlsxAndJsonWithoutTheFormulaLikeCell() throws Exception {
        String report = acceptedReport(ReportWorkbooks.albanianProfile(), "application/octet-stream", ReportWorkbooks.albanian());

        Response csv = hub.as(ngoToken).get("/reports/" + report + "/export?format=csv");
        assertThat(csv.statusCode()).as(csv.asString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        List<String> lines = csv.asString().lines().toList();
        assertThat(lines.get(0)).startsWith("organisation,periodStart,periodEnd,country,measure,gender,ageBroad,citizenship,assistanceType,count");
        assertThat(lines).hasSize(3);
        assertThat(lines.get(1)).contains(",2026-01-01,2026-03-31,AL,persons-assisted,Woman,,,,9");
        assertThat(csv.asString()).doesNotContain("HYPERLINK");

        List<String> hxl = hub.as(secretariatToken).get("/reports/" + report + "/export?format=hxl").then().statusCode(200).extract().asString().lines().toList();
        assertThat(hxl.get(1)).startsWith("#org+id,#date+start,#date+end,#country+code,#indicator+type,#affected+gender");
        assertThat(hxl).hasSize(4);

        List<Map<String, Object>> json = hub.asAdmin().get("/reports/" + report + "/export?format=json").then().statusCode(200).extract().path("");
        assertThat(json).hasSize(2);
        assertThat(json.get(0)).containsEntry("gender", "Woman").containsEntry("count", 9);

        byte[] xlsx = hub.as(ngoToken).get("/reports/" + report + "/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(9).getNumericCellValue()).isEqualTo(9.0);
            List<String> texts = new ArrayList<>();
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA);
                    texts.add(cell.toString());
                }
            }
            assertThat(texts).noneMatch(text -> text.startsWith("=") || text.startsWith("+") || text.startsWith("@"));
        }
    }

    @Test
    void anHxlCsvReportLandsInTheSameStandardColumns() {
        String report = acceptedReport(ReportFixtures.hxlProfile(), "text/csv", ReportFixtures.HXL_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> lines = hub.as(ngoToken).get("/reports/" + report + "/export?format=csv").then().statusCode(200).extract().asString().lines().toList();
        assertThat(lines.get(0)).startsWith("organisation,periodStart,periodEnd,country,measure,gender");
        assertThat(lines.get(1)).contains(",2026-01-01,2026-03-31,BA,persons-assisted,Woman,,,,7");
    }

    @Test
    void aReportNotYetAcceptedDoesNotExportAndAnUnknownFormatIsRefused() {
        String report = report(ReportFixtures.hxlProfile(), "text/csv", ReportFixtures.HXL_CSV.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        hub.as(ngoToken).get("/reports/" + report + "/export?format=csv").then().statusCode(409).contentType("application/problem+json");
        hub.as(ngoToken).get("/reports/" + report + "/export?format=pdf").then().statusCode(400);
        hub.as(ngoToken).get("/reports/" + report + "/export").then().statusCode(400);
    }
}
