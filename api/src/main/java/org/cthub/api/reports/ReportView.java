package org.cthub.api.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.persistence.reports.Report;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A report: who sent it to which working group, on which template, where its review stands, and its versions. */
@Schema(name = "Report")
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
