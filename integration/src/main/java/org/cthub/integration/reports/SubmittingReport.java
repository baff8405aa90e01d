package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.WorkingGroup;
import org.cthub.persistence.partner.WorkingGroups;
import org.cthub.persistence.reports.ProfileLayout;
import org.cthub.persistence.reports.Report;
import org.cthub.persistence.reports.ReportProfile;
import org.cthub.persistence.reports.ReportProfiles;
import org.cthub.persistence.reports.ReportVersion;
import org.cthub.persistence.reports.Reports;
import org.cthub.persistence.support.RuleViolation;

/**
 * An NGO uploads a report to a working group it sits in, through one of its profiles: a new report with
 * version 1, or the next version of a report returned for correction. The upload, already spooled, is kept
 * under the new version's id; its import runs after the commit, asynchronously.
 */
@ApplicationScoped
public class SubmittingReport {

    @Inject
    Reports reports;

    @Inject
    ReportProfiles profiles;

    @Inject
    Organisations organisations;

    @Inject
    WorkingGroups workingGroups;

    @Inject
    ReportIntake intake;

    @Inject
    AuditTrail audit;

    @Transactional
    public ReportSubmitted submit(String actor, UUID organisation, UUID profileId, UUID workingGroupId, java.nio.file.Path upload, long bytes) {
        requireActive(organisation);
        ReportProfile profile = profiles.getVisible(profileId, organisation);
        WorkingGroup group = workingGroups.get(workingGroupId);
        if (group.members().stream().noneMatch(member -> member.organisationId().equals(organisation))) {
            throw new RuleViolation("workingGroup", "Your organisation does not sit in that working group: report to one it sits in");
        }
        ProfileLayout layout = profile.layout();
        Instant now = Instant.now();
        Report report = new Report(organisation, group.id(), layout.templateName(), layout.templateVersion(), now);
        reports.add(report);
        ReportVersion version = report.addVersion(profile.id(), layout.templateName(), layout.templateVersion(), bytes, actor, now);
        return kept(actor, ReportsAudit.SUBMITTED, report, version, upload);
    }

    @Transactional
    public ReportSubmitted resubmit(String actor, UUID organisation, UUID reportId, UUID profileId, java.nio.file.Path upload, long bytes) {
        requireActive(organisation);
        ReportProfile profile = profiles.getVisible(profileId, organisation);
        Report report = reports.lockVisible(reportId, organisation);
        ProfileLayout layout = profile.layout();
        ReportVersion version = report.addVersion(profile.id(), layout.templateName(), layout.templateVersion(), bytes, actor, Instant.now());
        return kept(actor, ReportsAudit.VERSION_SUBMITTED, report, version, upload);
    }

    private ReportSubmitted kept(String actor, String action, Report report, ReportVersion version, java.nio.file.Path upload) {
        reports.flush();
        intake.keep(upload, version.id());
        audit.record(actor, action, ReportsAudit.REPORT, report.id(), "organisation=" + report.organisation() + "; workingGroup="
                + report.workingGroup() + "; version=" + version.number() + "; profile=" + version.profileId() + "; bytes=" + version.uploadBytes());
        return new ReportSubmitted(report.id(), version.number(), version.id());
    }

    /** Records that a file an NGO dropped on its SFTP location was not taken, and why (never its content). */
    @Transactional
    public void recordRefusedFile(String actor, UUID organisation, UUID partnerSystem, String reason) {
        audit.record(actor, ReportsAudit.SFTP_REFUSED, ReportsAudit.REPORT, null,
                "organisation=" + organisation + "; partnerSystem=" + partnerSystem + "; reason=" + reason);
    }

    private void requireActive(UUID organisation) {
        if (!organisations.find(organisation).map(Organisation::isActive).orElse(false)) {
            throw new RuleViolation(null, "Your organisation is not active in the directory: ask the hub operator");
        }
    }
}
