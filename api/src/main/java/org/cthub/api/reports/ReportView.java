package org.cthub.api.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.reports.Report;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report: who sent it to which working group, on which template, where its review stands, and its versions. */
@Schema(name = "Report", example = """
        {
          "id": "d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a",
          "organisationId": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "workingGroupId": "e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b",
          "template": "activity-report",
          "templateVersion": 1,
          "status": "returned",
          "reviewComment": "Rows 4 and 9: the age bands are missing.",
          "reviewedAt": "2026-10-07T12:00:00Z",
          "submittedAt": "2026-10-05T07:30:00Z",
          "updatedAt": "2026-10-07T12:00:00Z",
          "versions": [
            {
              "reportId": "d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a",
              "version": 1,
              "profileId": "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8",
              "state": "imported",
              "rowsRead": 412,
              "rowsAccepted": 409,
              "rowsRejected": 3,
              "uploadBytes": 38211,
              "submittedAt": "2026-10-05T07:30:00Z",
              "finishedAt": "2026-10-05T07:30:04Z",
              "rejectedRows": "/reports/d1e2f3a4-b5c6-4d7e-8f9a-0b1c2d3e4f5a/versions/1/rejected-rows"
            }
          ]
        }
        """)
public record ReportView(UUID id, UUID organisationId, UUID workingGroupId, String template, int templateVersion,
        @Schema(enumeration = {"submitted", "accepted", "returned"}) String status,
        @Schema(description = "The secretariat's comment on its last review") String reviewComment, Instant reviewedAt,
        Instant submittedAt, Instant updatedAt, List<ImportStatusView> versions) {

    static ReportView of(Report report) {
        return new ReportView(report.id(), report.organisation(), report.workingGroup(), report.templateName(), report.templateVersion(),
                Codes.of(report.status()), report.reviewComment(), report.reviewedAt(), report.submittedAt(), report.updatedAt(),
                report.versions().stream().map(v -> ImportStatusView.of(report.id(), v)).toList());
    }
}
