package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.reports.ReportProfiles;
import org.cthub.persistence.reports.ReportRows;
import org.cthub.persistence.reports.ReportVersion;
import org.cthub.persistence.reports.Reports;
import org.cthub.persistence.reports.RowRejection;
import org.cthub.persistence.reports.StoredRow;

/**
 * The import's transactions, each its own: start, one per batch of rows (so the status resource shows the
 * progress while the file is read), and the end. A failure loses at most the batch at hand.
 */
@ApplicationScoped
public class ImportSteps {

    @Inject
    Reports reports;

    @Inject
    ReportProfiles profiles;

    @Inject
    ReportRows rows;

    @Inject
    ReportTemplates templates;

    @Inject
    AuditTrail audit;

    /** The job for a queued version, now running; null when it is not queued (another run has it, or it finished). */
    @Transactional(TxType.REQUIRES_NEW)
    public ImportJob start(UUID versionId) {
        ReportVersion version = reports.lockVersion(versionId);
        if (!version.start()) {
            return null;
        }
        rows.deleteAll(versionId);
        ProfileDefinition profile = ProfileDefinition.of(profiles.get(version.profileId()).layout(), templates);
        return new ImportJob(versionId, version.report().organisation(), profile);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void write(UUID versionId, List<StoredRow> accepted, List<RowRejection> rejected, long read, long acceptedSoFar, long rejectedSoFar) {
        rows.insert(versionId, accepted, rejected);
        reports.lockVersion(versionId).progress(read, acceptedSoFar, rejectedSoFar);
    }

    @Transactional(TxType.REQUIRES_NEW)
    public void finish(UUID versionId) {
        ReportVersion version = reports.lockVersion(versionId);
        version.imported(Instant.now());
        audit.record(version.submittedBy(), ReportsAudit.IMPORTED, ReportsAudit.REPORT, version.report().id(), "version="
                + version.number() + "; read=" + version.rowsRead() + "; accepted=" + version.rowsAccepted() + "; rejected=" + version.rowsRejected());
    }

    /** Refuses the whole upload: none of its rows count, and the reason says why. */
    @Transactional(TxType.REQUIRES_NEW)
    public void reject(UUID versionId, String reason) {
        rows.deleteAll(versionId);
        ReportVersion version = reports.lockVersion(versionId);
        version.reject(reason, Instant.now());
        audit.record(version.submittedBy(), ReportsAudit.IMPORT_REJECTED, ReportsAudit.REPORT, version.report().id(),
                "version=" + version.number() + "; read=" + version.rowsRead());
    }

    /** Queues again the unfinished versions this node spooled and did not finish before it stopped. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<UUID> requeueUnfinished(Instant startedAt, ReportIntake intake) {
        List<UUID> mine = reports.unfinishedVersions(startedAt).stream().filter(intake::has).toList();
        mine.forEach(id -> reports.lockVersion(id).requeue());
        return mine;
    }

    /** What an import needs once it runs: the version, the organisation it fills in, and the profile to read with. */
    public record ImportJob(UUID versionId, UUID organisation, ProfileDefinition profile) {
    }
}
