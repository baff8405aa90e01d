package org.cthub.integration.statistics;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a protected table as flat rows, one per cell and margin ({@code total} naming a margin): the
 * dimension values, the published count (empty when withheld) and why it is withheld. CSV (RFC 4180, UTF-8),
 * HXL-tagged CSV (a hashtag row under the header) and XLSX (streamed, a window of rows in memory). Written
 * straight to the response, never held whole.
 */
public final class TableExport {

    /** HXL hashtags of the dimensions and columns. */
    private static final Map<String, String> HXL = Map.ofEntries(Map.entry("origin", "#country+code+origin"),
            Map.entry("destination", "#country+code+destination"), Map.entry("assistance-type", "#sector+assistance"),
            Map.entry("outcome", "#status"), Map.entry("month", "#date+month"), Map.entry("state", "#status+followup"),
            Map.entry("due-month", "#date+due"), Map.entry("gender", "#affected+gender"), Map.entry("age-band", "#affected+age"),
            Map.entry("citizenship", "#affected+nationality+code"), Map.entry("country", "#country+code"),
            Map.entry("exploitation-type", "#indicator+exploitation"), Map.entry("country-of-exploitation", "#country+exploitation+code"),
            Map.entry("year", "#date+year"), Map.entry("organisation", "#org+id"), Map.entry("working-group", "#org+group+id"),
            Map.entry("status", "#status+report"), Map.entry("suppressed", "#meta+suppressed"));

    private TableExport() {
    }

    /** The flat rows: dimension values, count (null when withheld), suppression code (null when published). */
    public static List<Object[]> rows(ProtectedTable table) {
        List<Object[]> rows = new ArrayList<>();
        List<String> rowLabels = withTotal(table.rows());
        List<String> columnLabels = table.columns().isEmpty() ? List.of() : withTotal(table.columns());
        for (int i = 0; i < rowLabels.size(); i++) {
            if (columnLabels.isEmpty()) {
                rows.add(row(List.of(rowLabels.get(i)), table.cells()[i][0]));
            }
            for (int j = 0; j < columnLabels.size(); j++) {
                rows.add(row(List.of(rowLabels.get(i), columnLabels.get(j)), table.cells()[i][j]));
            }
        }
        return rows;
    }

    private static Object[] row(List<String> values, DisclosureControl.Cell cell) {
        Object[] row = new Object[values.size() + 2];
        for (int n = 0; n < values.size(); n++) {
            row[n] = values.get(n);
        }
        row[values.size()] = cell.count();
        row[values.size() + 1] = cell.suppression() == null ? null : cell.suppression().name().toLowerCase(java.util.Locale.ROOT);
        return row;
    }

    private static List<String> withTotal(List<String> labels) {
        List<String> all = new ArrayList<>(labels);
        all.add(CountTable.TOTAL);
        return all;
    }

    private static List<String> header(List<String> dimensions) {
        List<String> header = new ArrayList<>(dimensions);
        header.add("count");
        header.add("suppressed");
        return header;
    }

    /** The HXL hashtag of a column; the count's says what is counted ({@code #indicator+num+referrals}, {@code +followups}). */
    static String hashtag(String column, String dataset) {
        return column.equals("count") ? "#indicator+num+" + dataset.replace("-", "") : HXL.get(column);
    }

    public static void csv(StatisticsResult result, boolean hxl, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        List<String> header = header(result.dimensions());
        line(writer, header.toArray());
        if (hxl) {
            line(writer, header.stream().map(column -> hashtag(column, result.dataset())).toArray());
        }
        for (Object[] row : rows(result.table())) {
            line(writer, row);
        }
        writer.flush();
    }

    private static void line(Writer writer, Object[] values) throws IOException {
        for (int n = 0; n < values.length; n++) {
            if (n > 0) {
                writer.write(',');
            }
            writer.write(csvField(values[n]));
        }
        writer.write("\r\n");
    }

    /** A CSV field, quoted when it must be, and kept from being read as a formula by a spreadsheet. */
    static String csvField(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    public static void xlsx(StatisticsResult result, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100)) {
            Sheet sheet = workbook.createSheet(result.dataset());
            List<String> header = header(result.dimensions());
            Row first = sheet.createRow(0);
            for (int n = 0; n < header.size(); n++) {
                first.createCell(n).setCellValue(header.get(n));
            }
            int index = 1;
            for (Object[] values : rows(result.table())) {
                Row row = sheet.createRow(index++);
                for (int n = 0; n < values.length; n++) {
                    if (values[n] instanceof Long number) {
                        row.createCell(n).setCellValue(number);
                    } else if (values[n] != null) {
                        row.createCell(n).setCellValue(values[n].toString());
                    }
                }
            }
            workbook.write(out);
            workbook.dispose();
        }
    }
}
