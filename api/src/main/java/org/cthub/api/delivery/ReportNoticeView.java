package org.cthub.api.delivery;

import java.util.UUID;
import org.cthub.integration.reports.ReportNotice;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The payload of a report-reviewed message: which report and version a secretariat reviewed, and how. Metadata only. */
@Schema(name = "ReportReviewNotice", description = "A secretariat accepted your report or returned it for correction; "
        + "GET /reports/{reportId} reads its comment, POST /reports/{reportId}/versions takes the corrected file")
public record ReportNoticeView(UUID reportId, int version,
        @Schema(enumeration = {"accepted", "returned"}) String status,
        UUID workingGroupId, String template, int templateVersion,
        @Schema(format = "date-time") String reviewedAt) {

    static ReportNoticeView of(ReportNotice notice) {
        return new ReportNoticeView(notice.reportId(), notice.version(), Codes.of(notice.status()), notice.workingGroupId(),
                notice.template(), notice.templateVersion(), notice.reviewedAt() == null ? null : notice.reviewedAt().toString());
    }
}
