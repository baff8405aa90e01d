package org.cthub.integration.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetCellsTest {

    @Test
    void prefixesCellsThatASpreadsheetWouldRunAsAFormula() {
        assertThat(SpreadsheetCells.defused("=HYPERLINK(\"http://evil.example\")")).isEqualTo("'=HYPERLINK(\"http://evil.example\")");
        assertThat(SpreadsheetCells.defused("+1+cmd|' /C calc'!A0")).startsWith("'+");
        assertThat(SpreadsheetCells.defused("-2+3")).isEqualTo("'-2+3");
        assertThat(SpreadsheetCells.defused("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.defused("\t=1")).isEqualTo("'\t=1");
    }

    @Test
    void leavesOrdinaryCellsAlone() {
        assertThat(SpreadsheetCells.defused("Woman")).isEqualTo("Woman");
        assertThat(SpreadsheetCells.defused("18--20")).isEqualTo("18--20");
        assertThat(SpreadsheetCells.defused(null)).isEmpty();
    }

    @Test
    void quotesCsvCellsWithTheDelimiterAndDefusesThemToo() {
        assertThat(SpreadsheetCells.csv("=1,2", ',')).isEqualTo("\"'=1,2\"");
        assertThat(SpreadsheetCells.csv("say \"hi\"", ',')).isEqualTo("\"say \"\"hi\"\"\"");
    }
}
