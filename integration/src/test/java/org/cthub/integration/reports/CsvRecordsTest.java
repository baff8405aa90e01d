package org.cthub.integration.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    @Test
    void splitsQuotedCellsLineBreaksAndDoubledQuotesAcrossAFileLongerThanOneReadBlock() throws IOException {
        StringBuilder text = new StringBuilder();
        List<List<String>> expected = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        long line = 1;
        for (int i = 0; i < 3000; i++) {
            lines.add(line);
            if (i % 7 == 0) {
                text.append(i).append(";\"two\r\nlines; and \"\"quotes\"\"\";\r\n");
                expected.add(List.of(Integer.toString(i), "two\r\nlines; and \"quotes\"", ""));
                line += 2;
            } else {
                text.append(i).append(";plain;ž\r\n");
                expected.add(List.of(Integer.toString(i), "plain", "ž"));
                line++;
            }
        }
        CsvRecords records = new CsvRecords(new StringReader(text.toString()), ';');
        List<List<String>> read = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        for (List<String> cells; (cells = records.next()) != null;) {
            read.add(cells);
            starts.add(records.line());
        }
        assertThat(read).isEqualTo(expected);
        assertThat(starts).isEqualTo(lines);
    }
}
