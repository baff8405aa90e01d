package org.cthub.integration.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading NGOs' files through their profiles into the standard form: each format, and the broken and hostile files. */
class ReportReadingTest {

    private static final ReportTemplates TEMPLATES = new ReportTemplates();

    @TempDir
    Path folder;

    static ProfileDetails romanianCsv() {
        return new ProfileDetails("Romanian quarterly", "activity-report", 1, "csv", "windows-1250", ";", null, "dd.MM.yyyy", ".",
                Map.of("periodStart", "Perioada de la", "periodEnd", "Perioada până la", "country", "Ţara", "measure", "Indicator",
                        "gender", "Gen", "ageBroad", "Grupa de vârstă", "assistanceType", "Tip de asistenţă", "count", "Număr"),
                Map.of("gender", Map.of("F", "Woman", "Femeie", "Woman", "M", "Man", "Bărbat", "Man"),
                        "measure", Map.of("Persoane asistate", "persons-assisted", "Nopţi de adăpost", "shelter-nights"),
                        "assistanceType", Map.of("Adăpost", "shelter", "Consiliere", "psychosocial"),
                        "ageBroad", Map.of("18-20", "18--20", "21-23", "21--23")));
    }

    static final String ROMANIAN = "Perioada de la;Perioada până la;Ţara;Indicator;Gen;Grupa de vârstă;Tip de asistenţă;Număr\r\n"
            + "01.01.2026;31.03.2026;RO;Persoane asistate;Femeie;18-20;Adăpost;12\r\n"
            + "01.01.2026;31.03.2026;RO;Nopţi de adăpost;;;;1.234\r\n"
            + "31.13.2026;31.03.2026;Romania;Persoane asistate;X;18-20;Adăpost;doi\r\n";

    @Test
    void mapsAWindows1250SemicolonCsvWithRomanianColumnNames() throws IOException {
        List<MappedRow> rows = read(write("ro.csv", ROMANIAN.getBytes(Charset.forName("windows-1250"))), romanianCsv());
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).values()).containsEntry("periodStart", "2026-01-01").containsEntry("gender", "Woman")
                .containsEntry("ageBroad", "18--20").containsEntry("assistanceType", "shelter").containsEntry("count", 12L);
        assertThat(rows.get(1).values()).containsEntry("measure", "shelter-nights").containsEntry("count", 1234L).doesNotContainKey("gender");
        assertThat(rows.get(2).number()).isEqualTo(4);
        assertThat(rows.get(2).errors()).extracting(ReportTemplate.FieldError::field)
                .containsExactlyInAnyOrder("periodStart", "country", "gender", "count");
    }

    @Test
    void refusesAUtf8FileUploadedUnderAWindows1250ProfileOrTheOtherWayRoundAsWrongEncoding() throws IOException {
        ProfileDetails utf8 = withEncoding(romanianCsv(), "UTF-8");
        Path cp1250 = write("wrong.csv", ROMANIAN.getBytes(Charset.forName("windows-1250")));
        assertThatThrownBy(() -> read(cp1250, utf8)).isInstanceOf(UnreadableFile.class).hasMessageContaining("not valid UTF-8");
    }

    @Test
    void skipsAUtf8ByteOrderMark() throws IOException {
        byte[] text = ROMANIAN.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        List<MappedRow> rows = read(write("bom.csv", withBom), withEncoding(romanianCsv(), "UTF-8"));
        assertThat(rows.get(0).values()).containsEntry("periodStart", "2026-01-01");
    }

    @Test
    void mapsAnHxlTaggedCsvByItsHashtags() throws IOException {
        ProfileDetails hxl = new ProfileDetails("HXL", "activity-report", 1, "hxl-csv", "UTF-8", ",", null, null, null,
                Map.of("periodStart", "#date+start", "periodEnd", "#date+end", "country", "#country+code", "measure", "#indicator+type",
                        "gender", "#affected+gender", "count", "#affected+num"),
                Map.of("gender", Map.of("female", "Woman", "Žensko", "Woman", "male", "Man", "Muško", "Man")));
        String csv = "Start,End,Country,What,Gender,How many\n"
                + "#date +start,#date+end,#country+code,#indicator+type,#affected+gender,#affected+num\n"
                + "2026-01-01,2026-03-31,BA,persons-assisted,Žensko,7\n"
                + "2026-01-01,2026-03-31,BA,\"persons-assisted\",male,\"3\"\n";
        List<MappedRow> rows = read(write("hxl.csv", csv.getBytes(StandardCharsets.UTF_8)), hxl);
        assertThat(rows).extracting(MappedRow::number).containsExactly(3L, 4L);
        assertThat(rows).allMatch(MappedRow::accepted);
        assertThat(rows.get(0).values()).containsEntry("gender", "Woman").containsEntry("count", 7L).containsEntry("country", "BA");
    }

    static ProfileDetails albanianXlsx() {
        return new ProfileDetails("Albanian", "activity-report", 1, "xlsx", null, null, "Raporti", null, null,
                Map.of("periodStart", "Data e fillimit", "periodEnd", "Data e mbarimit", "country", "Vendi", "measure", "Treguesi",
                        "gender", "Gjinia", "count", "Numri"),
                Map.of("gender", Map.of("Femër", "Woman", "Mashkull", "Man"), "measure", Map.of("Persona të asistuar", "persons-assisted")));
    }

    static byte[] albanianWorkbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Shënime");
            Sheet sheet = workbook.createSheet("Raporti");
            var dates = workbook.createCellStyle();
            dates.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            String[] header = {"Data e fillimit", "Data e mbarimit", "Vendi", "Treguesi", "Gjinia", "Numri"};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                head.createCell(i).setCellValue(header[i]);
            }
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(java.time.LocalDate.of(2026, 1, 1));
            row.getCell(0).setCellStyle(dates);
            row.createCell(1).setCellValue(java.time.LocalDate.of(2026, 3, 31));
            row.getCell(1).setCellStyle(dates);
            row.createCell(2).setCellValue("AL");
            row.createCell(3).setCellValue("Persona të asistuar");
            row.createCell(4).setCellValue("Femër");
            row.createCell(5).setCellValue(9);
            Row formula = sheet.createRow(2);
            formula.createCell(0).setCellValue("2026-01-01");
            formula.createCell(1).setCellValue("2026-03-31");
            formula.createCell(2).setCellValue("=HYPERLINK(\"http://x\")");
            formula.createCell(3).setCellValue("Persona të asistuar");
            formula.createCell(5).setCellValue(1);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void mapsAnXlsxSheetByNameWithAlbanianColumnNamesAndDateCells() throws IOException {
        List<MappedRow> rows = read(write("al.xlsx", albanianWorkbook()), albanianXlsx());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsEntry("periodStart", "2026-01-01").containsEntry("periodEnd", "2026-03-31")
                .containsEntry("gender", "Woman").containsEntry("count", 9L);
        assertThat(rows.get(1).number()).isEqualTo(3);
        assertThat(rows.get(1).errors()).extracting(ReportTemplate.FieldError::field).containsExactly("country");
    }

    @Test
    void refusesATruncatedXlsx() throws IOException {
        byte[] whole = albanianWorkbook();
        Path truncated = write("truncated.xlsx", java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThatThrownBy(() -> read(truncated, albanianXlsx())).isInstanceOf(UnreadableFile.class);
    }

    @Test
    void refusesAnXlsxZipBomb() throws IOException {
        Path bomb = folder.resolve("bomb.xlsx");
        try (OutputStream file = Files.newOutputStream(bomb); ZipOutputStream zip = new ZipOutputStream(file)) {
            byte[] original = albanianWorkbook();
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(original))) {
                ZipEntry entry;
                while ((entry = in.getNextEntry()) != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                        String sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                        int at = sheet.indexOf("</sheetData>");
                        zip.write(sheet.substring(0, at).getBytes(StandardCharsets.UTF_8));
                        byte[] padding = new byte[1 << 20];
                        java.util.Arrays.fill(padding, (byte) ' ');
                        for (int i = 0; i < 200; i++) {
                            zip.write(padding);
                        }
                        zip.write(sheet.substring(at).getBytes(StandardCharsets.UTF_8));
                    } else {
                        in.transferTo(zip);
                    }
                    zip.closeEntry();
                }
            }
        }
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        assertThatThrownBy(() -> read(bomb, albanianXlsx())).isInstanceOf(UnreadableFile.class).hasMessageContaining("zip bomb");
    }

    @Test
    void mapsAJsonArrayOfRows() throws IOException {
        ProfileDetails json = new ProfileDetails("JSON", "ctdc-case", 1, "json", null, null, null, null, null,
                Map.of("yearOfRegistration", "year", "gender", "gender", "citizenship", "citizenship", "isSexualExploit", "sexual"),
                Map.of("isSexualExploit", Map.of("true", "1", "false", "")));
        String text = "[{\"year\": 2025, \"gender\": \"Woman\", \"citizenship\": \"MDA\", \"sexual\": true},"
                + " {\"year\": 2025, \"gender\": null, \"citizenship\": \"XKX\", \"sexual\": false}]";
        List<MappedRow> rows = read(write("cases.json", text.getBytes(StandardCharsets.UTF_8)), json);
        assertThat(rows).allMatch(MappedRow::accepted);
        assertThat(rows.get(0).values()).containsEntry("isSexualExploit", 1L).containsEntry("yearOfRegistration", 2025L);
        assertThat(rows.get(1).values()).doesNotContainKey("isSexualExploit");
    }

    @Test
    void refusesATruncatedJsonArray() throws IOException {
        ProfileDetails json = new ProfileDetails("JSON", "ctdc-case", 1, "json", null, null, null, null, null,
                Map.of("yearOfRegistration", "year"), Map.of());
        Path truncated = write("cut.json", "[{\"year\": 2025}, {\"ye".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(truncated, json)).isInstanceOf(UnreadableFile.class);
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = write("empty.csv", new byte[0]);
        assertThatThrownBy(() -> read(empty, romanianCsv())).isInstanceOf(UnreadableFile.class).hasMessageContaining("empty");
    }

    @Test
    void readsNoRowsFromAHeaderOnlyFile() throws IOException {
        String header = ROMANIAN.substring(0, ROMANIAN.indexOf('\n') + 1);
        assertThat(read(write("header.csv", header.getBytes(Charset.forName("windows-1250"))), romanianCsv())).isEmpty();
    }

    @Test
    void refusesAFileWithoutAMappedColumnSuchAsOneWithTheWrongDelimiter() throws IOException {
        Path commas = write("commas.csv", ROMANIAN.replace(';', ',').getBytes(Charset.forName("windows-1250")));
        assertThatThrownBy(() -> read(commas, romanianCsv())).isInstanceOf(UnreadableFile.class)
                .hasMessageContaining("has no column").hasMessageContaining("delimiter");
    }

    @Test
    void refusesAProfileThatLeavesARequiredFieldUnmappedOrMapsToAnInvalidCode() {
        Map<String, String> columns = new HashMap<>(romanianCsv().columns());
        columns.remove("count");
        assertThatThrownBy(() -> ProfileDefinition.of(withColumns(romanianCsv(), columns), TEMPLATES))
                .hasMessageContaining("count is required");
        ProfileDetails badCode = new ProfileDetails("x", "activity-report", 1, "csv", "UTF-8", ";", null, null, null,
                romanianCsv().columns(), Map.of("gender", Map.of("F", "Female")));
        assertThatThrownBy(() -> ProfileDefinition.of(badCode, TEMPLATES)).hasMessageContaining("gender");
    }

    static ProfileDetails xmlCases() {
        return new ProfileDetails("XML cases", "ctdc-case", 1, "xml", null, null, null, null, null,
                Map.of("yearOfRegistration", "viti", "gender", "@gjinia", "citizenship", "shtetesia"),
                Map.of("gender", Map.of("F", "Woman", "M", "Man")));
    }

    @Test
    void mapsAnXmlExportWithElementsAndAttributesAsCells() throws IOException {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rastet>\n"
                + "  <rast gjinia=\"F\"><viti>2025</viti><shtetesia>ALB</shtetesia></rast>\n"
                + "  <rast gjinia=\"X\"><viti>2025</viti><shtetesia>ALB</shtetesia></rast>\n</rastet>";
        List<MappedRow> rows = read(write("cases.xml", xml.getBytes(StandardCharsets.UTF_8)), xmlCases());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).values()).containsEntry("gender", "Woman").containsEntry("citizenship", "ALB");
        assertThat(rows.get(1).errors()).extracting(ReportTemplate.FieldError::field).containsExactly("gender");
    }

    @Test
    void refusesXxeInXml() throws IOException {
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE rastet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<rastet><rast gjinia=\"F\"><viti>2025</viti><shtetesia>&xxe;</shtetesia></rast></rastet>";
        Path file = write("xxe.xml", xxe.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(file, xmlCases())).isInstanceOf(UnreadableFile.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesEntityExpansionInXml() throws IOException {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
                + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>\n"
                + "<rastet><rast gjinia=\"F\"><viti>&lol3;</viti><shtetesia>ALB</shtetesia></rast></rastet>";
        Path file = write("laughs.xml", laughs.getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(file, xmlCases())).isInstanceOf(UnreadableFile.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void refusesATruncatedXmlFile() throws IOException {
        Path file = write("cut.xml", "<rastet><rast gjinia=\"F\"><viti>2025</vi".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> read(file, xmlCases())).isInstanceOf(UnreadableFile.class).hasMessageContaining("not well-formed");
    }

    private static ProfileDetails withEncoding(ProfileDetails d, String encoding) {
        return new ProfileDetails(d.name(), d.template(), d.templateVersion(), d.format(), encoding, d.delimiter(), d.sheetName(),
                d.dateFormat(), d.thousandsSeparator(), d.columns(), d.valueMappings());
    }

    private static ProfileDetails withColumns(ProfileDetails d, Map<String, String> columns) {
        return new ProfileDetails(d.name(), d.template(), d.templateVersion(), d.format(), d.encoding(), d.delimiter(), d.sheetName(),
                d.dateFormat(), d.thousandsSeparator(), columns, d.valueMappings());
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(folder.resolve(name), bytes);
    }

    private static List<MappedRow> read(Path file, ProfileDetails details) {
        List<MappedRow> rows = new ArrayList<>();
        ReportFiles.read(file, ProfileDefinition.of(details, TEMPLATES), new ProfileMapping(ProfileDefinition.of(details, TEMPLATES), rows::add));
        return rows;
    }
}
