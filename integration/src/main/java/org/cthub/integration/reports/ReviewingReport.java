package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.reports.Report;
import org.cthub.persistence.reports.Reports;
import org.cthub.persistence.support.NotPermitted;
import org.cthub.persistence.support.RecordNotFound;

/**
 * A secretariat of the working group a report was sent to accepts it, or returns it for correction with a
 * comment, and the reporting organisation is told through its channel; the report knows when it can be reviewed. A secretariat's own organisation's report is reviewed by
 * another: nobody accepts their own figures.
 */
@ApplicationScoped
public class ReviewingReport {

    @Inject
    Reports reports;

    @Inject
    ReportReaches reaches;

    @Inject
    NotifyingReporter notifying;

    @Inject
    AuditTrail audit;

    @Transactional
    public Report accept(String actor, UUID secretariatOrganisation, UUID reportId, String comment) {
        Report report = reviewable(secretariatOrganisation, reportId);
        report.accept(actor, comment, Instant.now());
        audit.record(actor, ReportsAudit.ACCEPTED, ReportsAudit.REPORT, reportId, detail(report));
        notifying.reviewed(report);
        return loaded(report);
    }

    @Transactional
    public Report returnForCorrection(String actor, UUID secretariatOrganisation, UUID reportId, String comment) {
        Report report = reviewable(secretariatOrganisation, reportId);
        report.returnForCorrection(actor, comment, Instant.now());
        audit.record(actor, ReportsAudit.RETURNED, ReportsAudit.REPORT, reportId, detail(report));
        notifying.reviewed(report);
        return loaded(report);
    }

    private Report reviewable(UUID secretariatOrganisation, UUID reportId) {
        Report report = reports.lockVisible(reportId, null);
        if (!reaches.sitsIn(report.workingGroup(), secretariatOrganisation)) {
            throw new RecordNotFound("Report", reportId);
        }
        if (report.organisation().equals(secretariatOrganisation)) {
            throw new NotPermitted("A report of your own organisation is reviewed by another secretariat of the working group");
        }
        return report;
    }

    private static Report loaded(Report report) {
        report.versions().size();
        return report;
    }

    private static String detail(Report report) {
        return "organisation=" + report.organisation() + "; workingGroup=" + report.workingGroup() + "; version=" + report.latest().number();
    }
}
