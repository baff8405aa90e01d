package org.cthub.integration.statistics;

import java.util.ArrayList;
import java.util.List;

/**
 * Protects a {@link CountTable} before it leaves the hub, in three steps:
 * <ol>
 * <li><b>Primary suppression</b>: every cell (margins included) counting 1 to k−1 records is withheld. Zeros
 * are published: a zero discloses no person.</li>
 * <li><b>Complementary suppression</b>: in every line (a row or column with its total) that has withheld
 * cells, more cells are withheld, smallest first, until the withheld cells of the line together count at
 * least k records, or the line's total is withheld too. So a withheld cell cannot be recovered, nor narrowed
 * to a group under k, by subtracting the published cells from the published total. Repeated until stable,
 * since a cell withheld for its row may leave its column exposed.</li>
 * <li><b>Cell-key perturbation</b> against differencing: each record has a fixed record key; a cell's key is the
 * sum of its records' keys modulo 256, and a fixed table maps it to a small deviation (0 with probability 1/2,
 * ±1 with 1/5 each, ±2 with 1/20 each) added to the published count, never below k. The same records give
 * the same deviation in every query, so asking again does not average it out, and the difference of two
 * overlapping queries carries the deviations of both: a cell that suppression hides cannot be recovered by
 * subtracting one query from another. The published counts are therefore not exactly additive.</li>
 * </ol>
 */
public final class DisclosureControl {

    /** Why a cell is withheld. */
    public enum Suppression { PRIMARY, COMPLEMENTARY }

    /** A published cell: its count (null when withheld) and why it is withheld. */
    public record Cell(Long count, Suppression suppression) {
    }

    private DisclosureControl() {
    }

    /** The published cells, as a grid with the margins as its last row and column, like the table's. */
    public static Cell[][] protect(CountTable table, int k) {
        int r = table.rows().size();
        int c = table.columns().size();
        Suppression[][] withheld = new Suppression[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                long count = table.count(i, j);
                if (count > 0 && count < k) {
                    withheld[i][j] = Suppression.PRIMARY;
                }
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            if (c > 0) {
                for (int i = 0; i <= r; i++) {
                    changed |= protectLine(table, withheld, k, rowLine(i, c));
                }
            }
            for (int j = 0; j <= c; j++) {
                changed |= protectLine(table, withheld, k, columnLine(j, r));
            }
        }
        Cell[][] published = new Cell[r + 1][c + 1];
        for (int i = 0; i <= r; i++) {
            for (int j = 0; j <= c; j++) {
                published[i][j] = withheld[i][j] != null ? new Cell(null, withheld[i][j])
                        : new Cell(perturb(table.count(i, j), table.key(i, j), k), null);
            }
        }
        return published;
    }

    /** The deviation the cell key selects: 0 for keys 0–127, +1 for 128–178, −1 for 179–229, +2 for 230–242, −2 for 243–255. */
    static int deviation(int cellKey) {
        if (cellKey < 128) {
            return 0;
        }
        if (cellKey < 179) {
            return 1;
        }
        if (cellKey < 230) {
            return -1;
        }
        return cellKey < 243 ? 2 : -2;
    }

    static long perturb(long count, int cellKey, int k) {
        return count == 0 ? 0 : Math.max(k, count + deviation(cellKey));
    }

    /** One line: its inner cells, then its total, as {row, column} pairs. */
    private static List<int[]> rowLine(int row, int columns) {
        List<int[]> line = new ArrayList<>();
        for (int j = 0; j <= columns; j++) {
            line.add(new int[] {row, j});
        }
        return line;
    }

    private static List<int[]> columnLine(int column, int rows) {
        List<int[]> line = new ArrayList<>();
        for (int i = 0; i <= rows; i++) {
            line.add(new int[] {i, column});
        }
        return line;
    }

    /** Withholds one more cell of the line if it needs it; true when it did. */
    private static boolean protectLine(CountTable table, Suppression[][] withheld, int k, List<int[]> line) {
        int[] total = line.get(line.size() - 1);
        List<int[]> cells = line.subList(0, line.size() - 1);
        if (withheld[total[0]][total[1]] != null) {
            return false; // nothing to subtract from
        }
        long hidden = 0;
        int hiddenCells = 0;
        for (int[] cell : cells) {
            if (withheld[cell[0]][cell[1]] != null) {
                hidden += table.count(cell[0], cell[1]);
                hiddenCells++;
            }
        }
        if (hiddenCells == 0 || hidden >= k && hiddenCells > 1) {
            return false;
        }
        int[] next = null;
        for (int[] cell : cells) {
            if (withheld[cell[0]][cell[1]] == null
                    && (next == null || table.count(cell[0], cell[1]) < table.count(next[0], next[1]))) {
                next = cell;
            }
        }
        if (next == null) {
            next = total; // every cell of the line is withheld already: the total would give their sum away
        }
        withheld[next[0]][next[1]] = Suppression.COMPLEMENTARY;
        return true;
    }
}
