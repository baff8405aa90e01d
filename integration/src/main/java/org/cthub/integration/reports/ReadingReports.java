package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.reports.Report;
import org.cthub.persistence.reports.ReportRows;
import org.cthub.persistence.reports.ReportVersion;
import org.cthub.persistence.reports.Reports;
import org.cthub.persistence.reports.RowRejection;

/**
 * Reading reports, the progress of their imports and their rejected rows. The scope is the caller's
 * organisation (null for the hub operator and for a secretariat, whose reach the {@link ReportReach} decides):
 * a report outside it is not found.
 */
@ApplicationScoped
public class ReadingReports {

    @Inject
    Reports reports;

    @Inject
    ReportRows rows;

    @Inject
    AuditTrail audit;

    @Transactional
    public List<Report> page(String actor, ReportReach reach, int offset, int limit) {
        List<Report> page = reports.page(reach.organisation(), reach.workingGroup(), offset, limit);
        page.forEach(report -> report.versions().size());
        audit.record(actor, ReportsAudit.LISTED, ReportsAudit.REPORT, null, "organisation=" + reach.organisation()
                + "; workingGroup=" + reach.workingGroup() + "; offset=" + offset + "; returned=" + page.size());
        return page;
    }

    @Transactional
    public long count(ReportReach reach) {
        return reports.count(reach.organisation(), reach.workingGroup());
    }

    @Transactional
    public Report read(String actor, ReportReach reach, UUID reportId) {
        Report report = reach.visible(reports, reportId);
        report.versions().size();
        audit.record(actor, ReportsAudit.READ, ReportsAudit.REPORT, reportId, "organisation=" + reach.organisation());
        return report;
    }

    /** A version's import status; polled while it runs, so not audited line by line. */
    @Transactional
    public ReportVersion version(ReportReach reach, UUID reportId, int number) {
        return reach.visible(reports, reportId).version(number);
    }

    @Transactional
    public List<RowRejection> rejections(String actor, ReportReach reach, UUID reportId, int number, long offset, int limit) {
        ReportVersion version = reach.visible(reports, reportId).version(number);
        List<RowRejection> page = rows.rejections(version.id(), offset, limit);
        if (offset == 0) {
            audit.record(actor, ReportsAudit.REJECTIONS_READ, ReportsAudit.REPORT, reportId, "version=" + number);
        }
        return page;
    }

    @Transactional
    public long rejectionCount(ReportReach reach, UUID reportId, int number) {
        return rows.rejectionCount(reach.visible(reports, reportId).version(number).id());
    }
}
