package org.cthub.persistence.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CopyTextTest {

    @Test
    void writesRowsAsTabSeparatedLinesWithBackslashTabAndLineBreaksEscaped() {
        CopyText text = new CopyText();
        text.value("v").value(2).lastValue("{\"a\":\"x\\\"y\"}");
        text.value("v").value(3).value("tab\there").lastValue("two\r\nlines ž");
        assertThat(new String(text.take(), StandardCharsets.UTF_8)).isEqualTo("v\t2\t{\"a\":\"x\\\\\"y\"}\n"
                + "v\t3\ttab\\there\ttwo\\r\\nlines ž\n");
    }

    @Test
    void isTakenInChunksOfWholeLinesAndStartsAfreshAfterEach() {
        CopyText text = new CopyText();
        int lines = 0;
        while (!text.isFull()) {
            text.value(lines).lastValue("ž".repeat(100));
            lines++;
        }
        String chunk = new String(text.take(), StandardCharsets.UTF_8);
        assertThat(chunk.lines()).hasSize(lines).allMatch(line -> line.endsWith("\t" + "ž".repeat(100)));
        assertThat(chunk).endsWith("\n");
        assertThat(text.isFull()).isFalse();
        assertThat(text.take()).isEmpty();
    }
}
