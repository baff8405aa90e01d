package org.cthub.integration.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.cthub.integration.statistics.DisclosureControl.Cell;
import org.cthub.integration.statistics.DisclosureControl.Suppression;
import org.junit.jupiter.api.Test;

/**
 * Fixtures with small cells: which cells primary and complementary suppression withhold, that no withheld
 * cell can be recovered from its line's published cells and total, and what perturbation does.
 */
class DisclosureControlTest {

    private static final int K = 11;

    /** A table from a grid of counts (labels in alphabetical order, as tables sort them), every record with the given key. */
    private static CountTable table(List<String> rows, List<String> columns, int[][] counts, int recordKey) {
        CountTable.Builder builder = new CountTable.Builder(true);
        for (int i = 0; i < rows.size(); i++) {
            for (int j = 0; j < columns.size(); j++) {
                for (int n = 0; n < counts[i][j]; n++) {
                    builder.add(recordKey, Set.of(rows.get(i)), Set.of(columns.get(j)));
                }
            }
        }
        return builder.build();
    }

    @Test
    void withholdsSmallCellsAndEnoughOthersThatNoneCanBeRecoveredFromTheTotals() {
        // origin × destination: AL→IT 3 is small; everything else large
        CountTable table = table(List.of("AL", "MD"), List.of("IT", "RO", "UA"), new int[][] {{3, 40, 25}, {30, 20, 50}}, 0);
        Cell[][] cells = DisclosureControl.protect(table, K);

        assertThat(cells[0][0]).isEqualTo(new Cell(null, Suppression.PRIMARY));
        // its row: the next smallest (AL→UA 25) is withheld, so AL's total minus the published cell leaves 28, split unknown
        assertThat(cells[0][2].suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        // its columns: IT's smallest other cell (MD→IT 30) and UA's (MD→UA 50) are withheld, and so MD's row holds two
        assertThat(cells[1][0].suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(cells[1][2].suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(cells[0][1]).isEqualTo(new Cell(40L, null));
        assertThat(cells[1][1]).isEqualTo(new Cell(20L, null));
        // margins are large and published (keys 0: no deviation)
        assertThat(cells[0][3]).isEqualTo(new Cell(68L, null));
        assertThat(cells[2][3]).isEqualTo(new Cell(168L, null));
        assertNoLineGivesAwayAHiddenCell(table, cells);
    }

    @Test
    void withholdsTheTotalWhenEveryCellOfALineIsHidden() {
        // a one-dimensional table: two small rows and nothing else; the total (9) is itself under k
        CountTable.Builder builder = new CountTable.Builder(false);
        for (int n = 0; n < 4; n++) {
            builder.add(0, Set.of("AL"), Set.of());
        }
        for (int n = 0; n < 5; n++) {
            builder.add(0, Set.of("MD"), Set.of());
        }
        Cell[][] cells = DisclosureControl.protect(builder.build(), K);
        assertThat(cells[0][0].suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(cells[1][0].suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(cells[2][0].suppression()).isEqualTo(Suppression.PRIMARY);
    }

    @Test
    void keepsTwoHiddenCellsThatTogetherCountUnderKFromBeingNarrowedDown() {
        // 2 and 3 hidden in a row of total 65: the pair (5) would be known exactly, so a third cell joins them
        CountTable table = table(List.of("AL", "MD"), List.of("HU", "IT", "RO", "UA"), new int[][] {{2, 3, 20, 40}, {30, 30, 30, 30}}, 0);
        Cell[][] cells = DisclosureControl.protect(table, K);
        assertThat(cells[0][0].suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(cells[0][1].suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(cells[0][2].suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(cells[0][3].count()).isEqualTo(40L);
        assertNoLineGivesAwayAHiddenCell(table, cells);
    }

    @Test
    void publishesZerosAndLargeCellsAndSuppressesNothingElse() {
        CountTable table = table(List.of("AL", "MD"), List.of("IT", "RO"), new int[][] {{0, 12}, {15, 30}}, 0);
        Cell[][] cells = DisclosureControl.protect(table, K);
        for (Cell[] row : cells) {
            for (Cell cell : row) {
                assertThat(cell.suppression()).isNull();
            }
        }
        assertThat(cells[0][0].count()).isZero();
    }

    @Test
    void perturbsBySmallDeviationsTheCellKeySelectsNeverBelowK() {
        assertThat(DisclosureControl.deviation(0)).isZero();
        assertThat(DisclosureControl.deviation(127)).isZero();
        assertThat(DisclosureControl.deviation(128)).isEqualTo(1);
        assertThat(DisclosureControl.deviation(200)).isEqualTo(-1);
        assertThat(DisclosureControl.deviation(235)).isEqualTo(2);
        assertThat(DisclosureControl.deviation(255)).isEqualTo(-2);
        assertThat(DisclosureControl.perturb(11, 255, K)).isEqualTo(11);
        assertThat(DisclosureControl.perturb(40, 255, K)).isEqualTo(38);
        assertThat(DisclosureControl.perturb(0, 255, K)).isZero();
        // the same records always give the same published count: 12 records of key 20 → cell key 240 → +2
        CountTable twelve = table(List.of("AL"), List.of("IT"), new int[][] {{12}}, 20);
        assertThat(DisclosureControl.protect(twelve, K)[0][0].count()).isEqualTo(14L);
        assertThat(DisclosureControl.protect(twelve, K)[0][0].count()).isEqualTo(14L);
    }

    @Test
    void aCountLineWeighsItsPersonsAndAddsItsKeyOnce() {
        // a report's line "12 women assisted" is one record of weight 12: published as 12 persons, not 1
        CountTable table = new CountTable.Builder(false).add(0, 12, Set.of("Woman"), Set.of()).add(0, 3, Set.of("Man"), Set.of()).build();
        Cell[][] cells = DisclosureControl.protect(table, K);
        assertThat(table.count(0, 0)).isEqualTo(3);
        assertThat(table.count(1, 0)).isEqualTo(12);
        assertThat(cells[0][0].suppression()).isEqualTo(Suppression.PRIMARY);
        assertThat(cells[1][0].suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(cells[2][0]).isEqualTo(new Cell(15L, null));
    }

    @Test
    void aThresholdAboveElevenWithholdsMore() {
        CountTable table = table(List.of("AL", "MD"), List.of("IT", "RO"), new int[][] {{12, 40}, {30, 30}}, 0);
        assertThat(DisclosureControl.protect(table, 11)[0][0].suppression()).isNull();
        assertThat(DisclosureControl.protect(table, 15)[0][0].suppression()).isEqualTo(Suppression.PRIMARY);
    }

    /**
     * For every line with a published total: the withheld cells are two or more (or none), and together they
     * count at least k, so subtracting the published cells from the total leaves a sum no smaller than k split
     * among several unknown cells.
     */
    private static void assertNoLineGivesAwayAHiddenCell(CountTable table, Cell[][] cells) {
        int r = table.rows().size();
        int c = table.columns().size();
        for (int i = 0; i <= r; i++) {
            assertLine(table, cells, i, -1, c);
        }
        for (int j = 0; j <= c; j++) {
            assertLine(table, cells, -1, j, r);
        }
    }

    private static void assertLine(CountTable table, Cell[][] cells, int row, int column, int length) {
        int hiddenCells = 0;
        long hidden = 0;
        for (int n = 0; n < length; n++) {
            int i = row >= 0 ? row : n;
            int j = row >= 0 ? n : column;
            if (cells[i][j].suppression() != null) {
                hiddenCells++;
                hidden += table.count(i, j);
            }
        }
        Cell total = row >= 0 ? cells[row][length] : cells[length][column];
        if (total.suppression() == null && hiddenCells > 0) {
            assertThat(hiddenCells).as("hidden cells in line %d/%d", row, column).isGreaterThan(1);
            assertThat(hidden).as("hidden sum in line %d/%d", row, column).isGreaterThanOrEqualTo(K);
        }
    }
}
