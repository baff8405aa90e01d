package org.cthub.api.reports;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.cthub.integration.reports.ExportingReport;
import org.cthub.integration.reports.SpreadsheetCells;
import org.cthub.integration.reports.TemplateField;
import org.cthub.persistence.reports.StoredRow;

/**
 * Writes an accepted report's rows in the standard form, page by page as they are read: CSV (UTF-8, header of
 * field names), HXL CSV (the same with a hashtag row under the header), XLSX (POI's streaming SXSSF workbook,
 * a window of 100 rows in memory) and JSON (an array of the stored objects). Spreadsheet cells are defused
 * against formula injection; whole numbers stay numbers in XLSX.
 */
final class ExportWriters {

    private ExportWriters() {
    }

    static StreamingOutput csv(List<TemplateField> columns, LongFunction<List<StoredRow>> pages, boolean hxl) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            line(out, columns.stream().map(TemplateField::name).toList());
            if (hxl) {
                line(out, columns.stream().map(f -> f.hxl() == null ? "" : f.hxl()).toList());
            }
            each(pages, row -> {
                Map<String, String> values = ExportingReport.values(row);
                line(out, columns.stream().map(f -> values.getOrDefault(f.name(), "")).toList());
            });
            out.flush();
        };
    }

    static StreamingOutput json(LongFunction<List<StoredRow>> pages) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write('[');
            boolean[] first = {true};
            each(pages, row -> {
                out.write(first[0] ? "\n" : ",\n");
                first[0] = false;
                out.write(row.json());
            });
            out.write("\n]\n");
            out.flush();
        };
    }

    static StreamingOutput xlsx(List<TemplateField> columns, LongFunction<List<StoredRow>> pages, String sheetName) {
        return output -> {
            SXSSFWorkbook workbook = new SXSSFWorkbook(100);
            try {
                Sheet sheet = workbook.createSheet(sheetName);
                Row header = sheet.createRow(0);
                for (int i = 0; i < columns.size(); i++) {
                    header.createCell(i).setCellValue(columns.get(i).name());
                }
                int[] next = {1};
                each(pages, stored -> {
                    Map<String, String> values = ExportingReport.values(stored);
                    Row row = sheet.createRow(next[0]++);
                    for (int i = 0; i < columns.size(); i++) {
                        String value = values.get(columns.get(i).name());
                        if (value == null) {
                            continue;
                        }
                        if (TemplateField.INTEGER.equals(columns.get(i).type())) {
                            row.createCell(i).setCellValue(Long.parseLong(value));
                        } else {
                            row.createCell(i).setCellValue(SpreadsheetCells.defused(value));
                        }
                    }
                });
                workbook.write(output);
            } finally {
                workbook.close();
            }
        };
    }

    private static void line(Writer out, List<String> cells) throws java.io.IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(SpreadsheetCells.csv(cells.get(i), ','));
        }
        out.write("\r\n");
    }

    private static void each(LongFunction<List<StoredRow>> pages, RowWriter writer) throws java.io.IOException {
        long after = 0;
        List<StoredRow> page;
        do {
            page = pages.apply(after);
            for (StoredRow row : page) {
                writer.write(row);
                after = row.number();
            }
        } while (page.size() == ExportingReport.PAGE);
    }

    private interface RowWriter {
        void write(StoredRow row) throws java.io.IOException;
    }
}
