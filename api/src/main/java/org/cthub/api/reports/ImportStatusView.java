package org.cthub.api.reports;

import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.reports.ReportVersion;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a report and where its import stands. Poll it until state is imported or rejected. */
@Schema(name = "ReportImportStatus", example = """
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
        """)
public record ImportStatusView(UUID reportId, int version, UUID profileId,
        @Schema(enumeration = {"queued", "running", "imported", "rejected"}) String state,
        long rowsRead, long rowsAccepted, long rowsRejected,
        @Schema(description = "Why the whole upload was refused (state rejected)") String failure,
        long uploadBytes, Instant submittedAt, Instant finishedAt, String rejectedRows) {

    static ImportStatusView of(UUID reportId, ReportVersion version) {
        return new ImportStatusView(reportId, version.number(), version.profileId(), Codes.of(version.state()), version.rowsRead(),
                version.rowsAccepted(), version.rowsRejected(), version.failure(), version.uploadBytes(), version.submittedAt(),
                version.finishedAt(), "/reports/" + reportId + "/versions/" + version.number() + "/rejected-rows");
    }
}
