package org.cthub.integration.reports;

import java.time.Instant;
import java.util.UUID;
import org.cthub.persistence.reports.Report;
import org.cthub.persistence.reports.ReportStatus;

/**
 * What a report-reviewed message tells the reporting organisation: which report and version, and whether it
 * was accepted or returned. Metadata only: the comment is read with the report (GET /reports/{id}).
 */
public record ReportNotice(UUID reportId, int version, ReportStatus status, UUID workingGroupId, String template,
        int templateVersion, Instant reviewedAt) {

    /**
     * The review of the given version, as the report's history tells it when the message is handed over: a
     * version a later one replaced was returned (a report takes a new version only then; reviews happen only
     * on imported versions), and the latest one is as the report now stands.
     */
    public static ReportNotice of(Report report, int version) {
        boolean superseded = version < report.latest().number();
        return new ReportNotice(report.id(), version, superseded ? ReportStatus.RETURNED : report.status(), report.workingGroup(),
                report.templateName(), report.templateVersion(), superseded ? null : report.reviewedAt());
    }
}
