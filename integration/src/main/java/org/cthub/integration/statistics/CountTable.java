package org.cthub.integration.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The true counts of a one- or two-dimensional table with its margins, before any protection, and the cell
 * key of each cell: the sum of the record keys of the records in it, modulo {@link #KEY_RANGE}. A record
 * counts once in every cell whose row and column values it has (a referral asking for shelter and legal help
 * counts under both); a total counts each record once, so with such a multi-valued dimension the totals are
 * not the sums of their cells. The grid has one more row and column than the labels: the margins.
 */
public final class CountTable {

    public static final int KEY_RANGE = 256;
    public static final String TOTAL = "total";

    private final List<String> rows;
    private final List<String> columns;
    private final long[][] counts;
    private final int[][] keys;

    CountTable(List<String> rows, List<String> columns, long[][] counts, int[][] keys) {
        this.rows = List.copyOf(rows);
        this.columns = List.copyOf(columns);
        this.counts = counts;
        this.keys = keys;
    }

    /** Row labels; the margin row is index {@code rows().size()}. */
    public List<String> rows() {
        return rows;
    }

    /** Column labels (empty for a one-dimensional table); the margin column is index {@code columns().size()}. */
    public List<String> columns() {
        return columns;
    }

    public long count(int row, int column) {
        return counts[row][column];
    }

    public int key(int row, int column) {
        return keys[row][column];
    }

    /** Collects records into a table. */
    public static final class Builder {

        private final Map<String, Map<String, long[]>> cells = new TreeMap<>();
        private final Map<String, long[]> rowTotals = new TreeMap<>();
        private final Map<String, long[]> columnTotals = new TreeMap<>();
        private final long[] total = new long[2];
        private final TreeSet<String> rowLabels = new TreeSet<>();
        private final TreeSet<String> columnLabels = new TreeSet<>();
        private final boolean twoDimensional;

        public Builder(boolean twoDimensional) {
            this.twoDimensional = twoDimensional;
        }

        /** A record with its key in [0, KEY_RANGE), the row values it has, and (two dimensions) its column values. */
        public Builder add(int recordKey, Collection<String> rowValues, Collection<String> columnValues) {
            return add(recordKey, 1, rowValues, columnValues);
        }

        /**
         * A record that stands for {@code weight} persons (a report's count line: "12 women assisted"): it adds its
         * weight to the counts and its key once to the cell keys.
         */
        public Builder add(int recordKey, long weight, Collection<String> rowValues, Collection<String> columnValues) {
            if (weight <= 0 || rowValues.isEmpty() || (twoDimensional && columnValues.isEmpty())) {
                return this;
            }
            for (String row : rowValues) {
                rowLabels.add(row);
                bump(rowTotals.computeIfAbsent(row, r -> new long[2]), recordKey, weight);
                if (twoDimensional) {
                    for (String column : columnValues) {
                        bump(cells.computeIfAbsent(row, r -> new TreeMap<>()).computeIfAbsent(column, c -> new long[2]), recordKey, weight);
                    }
                }
            }
            if (twoDimensional) {
                for (String column : columnValues) {
                    columnLabels.add(column);
                    bump(columnTotals.computeIfAbsent(column, c -> new long[2]), recordKey, weight);
                }
            }
            bump(total, recordKey, weight);
            return this;
        }

        private static void bump(long[] cell, int recordKey, long weight) {
            cell[0] += weight;
            cell[1] = (cell[1] + recordKey) % KEY_RANGE;
        }

        public CountTable build() {
            List<String> rows = new ArrayList<>(rowLabels);
            List<String> columns = twoDimensional ? new ArrayList<>(columnLabels) : List.of();
            int r = rows.size();
            int c = columns.size();
            long[][] counts = new long[r + 1][c + 1];
            int[][] keys = new int[r + 1][c + 1];
            for (int i = 0; i < r; i++) {
                for (int j = 0; j < c; j++) {
                    long[] cell = cells.getOrDefault(rows.get(i), Map.of()).getOrDefault(columns.get(j), new long[2]);
                    counts[i][j] = cell[0];
                    keys[i][j] = (int) cell[1];
                }
                long[] rowTotal = rowTotals.get(rows.get(i));
                counts[i][c] = rowTotal[0];
                keys[i][c] = (int) rowTotal[1];
            }
            for (int j = 0; j < c; j++) {
                long[] columnTotal = columnTotals.get(columns.get(j));
                counts[r][j] = columnTotal[0];
                keys[r][j] = (int) columnTotal[1];
            }
            counts[r][c] = total[0];
            keys[r][c] = (int) total[1];
            return new CountTable(rows, columns, counts, keys);
        }
    }
}
