package org.cthub.api.reports;

import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.reports.ReportVersion;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One version of a report and where its import stands. Poll it until state is imported or rejected. */
@Schema(name = "ReportImportStatus")
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
