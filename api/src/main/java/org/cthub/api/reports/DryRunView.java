package org.cthub.api.reports;

import java.util.List;
import java.util.Map;
import org.cthub.integration.reports.DryRun;
import org.cthub.integration.reports.MappedRow;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dry run's outcome: the first rows of the sample in the standard form, and every error of those rows. */
@Schema(name = "ReportDryRun", example = """
        {
          "rowsRead": 3,
          "rowsAccepted": 2,
          "rowsRejected": 1,
          "truncated": false,
          "rows": [
            {
              "row": 1,
              "values": {
                "periodStart": "2026-07-01",
                "periodEnd": "2026-09-30",
                "country": "MD",
                "measure": "persons-assisted",
                "gender": "Woman",
                "ageBroad": "18--20",
                "citizenship": "MD",
                "assistanceType": "shelter",
                "count": 14
              }
            },
            {
              "row": 2,
              "values": {
                "periodStart": "2026-07-01",
                "periodEnd": "2026-09-30",
                "country": "MD",
                "measure": "persons-assisted",
                "gender": "Man",
                "ageBroad": "18--20",
                "citizenship": "MD",
                "assistanceType": "shelter",
                "count": 5
              }
            }
          ],
          "errors": [
            {
              "row": 3,
              "field": "gender",
              "reason": "'X' is not one of Man, Woman, Trans/Transgender/NonConforming: add it to valueMappings"
            }
          ]
        }
        """)
public record DryRunView(long rowsRead, long rowsAccepted, long rowsRejected,
        @Schema(description = "True when the sample had more rows than the dry run maps") boolean truncated,
        List<MappedRowView> rows, List<RowErrorView> errors) {

    static DryRunView of(DryRun run) {
        List<MappedRow> rows = run.rows();
        return new DryRunView(run.rowsRead(), rows.stream().filter(MappedRow::accepted).count(),
                rows.stream().filter(r -> !r.accepted()).count(), run.truncated(),
                rows.stream().filter(MappedRow::accepted).map(r -> new MappedRowView(r.number(), r.values())).toList(),
                rows.stream().flatMap(r -> r.errors().stream().map(e -> new RowErrorView(r.number(), e.field(), e.reason()))).toList());
    }

    /** A row in the standard form, with its row number in the file. */
    @Schema(name = "ReportMappedRow")
    public record MappedRowView(long row, Map<String, Object> values) {
    }
}
