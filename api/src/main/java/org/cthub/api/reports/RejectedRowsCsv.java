package org.cthub.api.reports;

import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.LongFunction;
import org.cthub.integration.reports.SpreadsheetCells;
import org.cthub.persistence.reports.RowRejection;

/**
 * The validation report as CSV (row, field, reason), written page by page as it is read, so a report with a
 * million rejections downloads in bounded memory. UTF-8 with a byte order mark, so spreadsheets open it
 * right; cells that a spreadsheet would run as a formula are prefixed with a quote.
 */
final class RejectedRowsCsv {

    static final int PAGE = 5000;

    private RejectedRowsCsv() {
    }

    static StreamingOutput of(LongFunction<List<RowRejection>> pageFrom) {
        return output -> {
            Writer out = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            out.write('\uFEFF');
            out.write("row,field,reason\r\n");
            long offset = 0;
            List<RowRejection> page;
            do {
                page = pageFrom.apply(offset);
                for (RowRejection rejection : page) {
                    out.write(rejection.number() + "," + cell(rejection.field()) + "," + cell(rejection.reason()) + "\r\n");
                }
                offset += page.size();
            } while (page.size() == PAGE);
            out.flush();
        };
    }

    static String cell(String value) {
        return SpreadsheetCells.csv(value, ',');
    }
}
