package org.cthub.api.statistics;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cthub.integration.statistics.DisclosureControl;
import org.cthub.integration.statistics.ProtectedTable;
import org.cthub.integration.statistics.StatisticsResult;
import org.cthub.integration.statistics.TableExport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A protected aggregate: one cell per combination of dimension values, and the margins (labelled total). */
@Schema(name = "StatisticsTable", example = """
        {
          "dataset": "referrals",
          "dimensions": [
            "origin",
            "destination"
          ],
          "from": "2026-01",
          "to": "2026-12",
          "filters": {
            "assistance-type": "shelter"
          },
          "scope": "working-groups",
          "k": 11,
          "suppressed": {
            "primary": 1,
            "complementary": 1
          },
          "cells": [
            {
              "row": "MD",
              "column": "IT",
              "count": 23
            },
            {
              "row": "MD",
              "column": "XK",
              "suppressed": "primary"
            },
            {
              "row": "AL",
              "column": "IT",
              "count": 14
            },
            {
              "row": "AL",
              "column": "XK",
              "suppressed": "complementary"
            },
            {
              "row": "total",
              "column": "total",
              "count": 61
            }
          ]
        }
        """, description = "A protected aggregate; as a message (type statistics), the result of a saved query's run")
public record StatisticsTableView(
        @Schema(enumeration = {"referrals", "follow-ups", "persons-assisted", "cases", "reports"}) String dataset,
        @Schema(description = "The row dimension, then the column dimension when there are two", example = "[\"origin\", \"destination\"]")
        List<String> dimensions,
        @Schema(description = "First month counted, yyyy-MM; absent for a snapshot (follow-ups)", example = "2026-01") String from,
        @Schema(description = "Last month counted, yyyy-MM; absent for a snapshot (follow-ups)", example = "2026-12") String to,
        @Schema(description = "The filters applied, by dimension") Map<String, String> filters,
        @Schema(description = "Whose data is counted: contributed (a partner's own referrals), working-groups (a secretariat's "
                + "working groups' countries) or all (the hub operator)", enumeration = {"contributed", "working-groups", "all"}) String scope,
        @Schema(description = "Cells counting 1 to k-1 records are withheld", example = "11") int k,
        @Schema(description = "How many cells are withheld, by reason: primary (under k) and complementary (so that no withheld "
                + "cell can be recovered from its row or column total)") Map<String, Long> suppressed,
        List<CellView> cells,
        @Schema(description = "For the result of a saved query's run: the query") java.util.UUID savedQueryId,
        @Schema(description = "For the result of a saved query's run: its name") String savedQueryName,
        @Schema(description = "For the result of a saved query's run: the run's number, from 1") Integer run) {

    static final String PROTECTION = "Every cell counting 1 to k-1 records is withheld (no count, suppressed primary); more cells "
            + "are withheld (suppressed complementary) until, in every row and column, the withheld cells together count at least k, "
            + "so no withheld cell can be recovered, or narrowed to a group under k, from the published cells and totals. Every "
            + "published count then carries a small deviation (cell-key method: 0, or ±1, rarely ±2, never below k, zeros stay 0) "
            + "fixed by the records in the cell: the same query always gives the same figures, and subtracting one query from an "
            + "overlapping one does not recover what suppression hides. Hence counts are not exactly additive. Assistance type is "
            + "multi-valued: a referral asking for two types counts under both, and once in the totals.";

    /** One cell: its row (and column) value, total for a margin; its count, or null and why it is withheld. */
    @Schema(name = "StatisticsCell")
    public record CellView(@Schema(description = "Value of the row dimension, or total") String row,
            @Schema(description = "Value of the column dimension, or total; absent with one dimension") String column,
            @Schema(description = "The published count; absent when withheld") Long count,
            @Schema(enumeration = {"primary", "complementary"}, description = "Why it is withheld; null when published") String suppressed) {
    }

    public static StatisticsTableView of(StatisticsResult result) {
        ProtectedTable table = result.table();
        List<String> dimensions = result.dimensions();
        List<CellView> cells = TableExport.rows(table).stream().map(row -> dimensions.size() == 2
                ? new CellView((String) row[0], (String) row[1], (Long) row[2], (String) row[3])
                : new CellView((String) row[0], null, (Long) row[1], (String) row[2])).toList();
        Map<String, Long> suppressed = new java.util.TreeMap<>();
        for (DisclosureControl.Suppression reason : DisclosureControl.Suppression.values()) {
            suppressed.put(reason.name().toLowerCase(java.util.Locale.ROOT), Arrays.stream(table.cells()).flatMap(Arrays::stream)
                    .filter(cell -> cell.suppression() == reason).count());
        }
        return new StatisticsTableView(result.dataset(), dimensions, result.from(), result.to(), result.filters(), result.scope(), table.k(), suppressed, cells, result.savedQueryId(), result.savedQueryName(),
                result.run());
    }
}
