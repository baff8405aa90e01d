package org.cthub.integration.statistics;

import java.util.List;

/** A table as it may leave the hub: labels, and the protected cells with the margins as last row and column. */
public record ProtectedTable(List<String> rows, List<String> columns, DisclosureControl.Cell[][] cells, int k) {

    /** The cell of a row and column label, {@link CountTable#TOTAL} naming the margin. */
    public DisclosureControl.Cell cell(String row, String column) {
        int i = CountTable.TOTAL.equals(row) ? rows.size() : rows.indexOf(row);
        int j = CountTable.TOTAL.equals(column) ? columns.size() : columns.indexOf(column);
        return cells[i][j];
    }
}
