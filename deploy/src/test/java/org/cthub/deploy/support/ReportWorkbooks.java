package org.cthub.deploy.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** An Albanian NGO's XLSX report, built with POI, its profile, and the broken and hostile variants of it. */
public final class ReportWorkbooks {

    private ReportWorkbooks() {
    }

    public static Map<String, Object> albanianProfile() {
        Map<String, Object> profile = new HashMap<>();
        profile.put("name", "Albanian workbook " + java.util.UUID.randomUUID().toString().substring(0, 8));
        profile.put("template", "activity-report");
        profile.put("templateVersion", 1);
        profile.put("format", "xlsx");
        profile.put("sheetName", "Raporti");
        profile.put("columns", Map.of("periodStart", "Data e fillimit", "periodEnd", "Data e mbarimit", "country", "Vendi",
                "measure", "Treguesi", "gender", "Gjinia", "count", "Numri"));
        profile.put("valueMappings", Map.of("gender", Map.of("Femër", "Woman", "Mashkull", "Man"),
                "measure", Map.of("Persona të asistuar", "persons-assisted", "Trajnime", "trainings")));
        return profile;
    }

    /** Two good rows and one whose country cell holds a formula-like text. */
    public static byte[] albanian() {
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
            row(sheet, 1, dates, "AL", "Persona të asistuar", "Femër", 9);
            row(sheet, 2, dates, "AL", "Trajnime", null, 2);
            row(sheet, 3, dates, "=HYPERLINK(\"http://evil.example\")", "Persona të asistuar", "Mashkull", 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, org.apache.poi.ss.usermodel.CellStyle dates, String country, String measure,
            String gender, int count) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(java.time.LocalDate.of(2026, 1, 1));
        row.getCell(0).setCellStyle(dates);
        row.createCell(1).setCellValue(java.time.LocalDate.of(2026, 3, 31));
        row.getCell(1).setCellStyle(dates);
        row.createCell(2).setCellValue(country);
        row.createCell(3).setCellValue(measure);
        if (gender != null) {
            row.createCell(4).setCellValue(gender);
        }
        row.createCell(5).setCellValue(count);
    }

    public static byte[] truncated() {
        byte[] whole = albanian();
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** The same workbook with its sheet padded by 200 MiB of blanks that compress to almost nothing. */
    public static byte[] zipBomb() {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(bytes);
                ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(albanian()))) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet2.xml")) {
                    String sheet = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int at = sheet.indexOf("</sheetData>");
                    zip.write(sheet.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    byte[] padding = new byte[1 << 20];
                    Arrays.fill(padding, (byte) ' ');
                    for (int i = 0; i < 200; i++) {
                        zip.write(padding);
                    }
                    zip.write(sheet.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
