package org.cthub.integration.reports;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Imports one report version from its spooled upload: streams the file through its profile, writes the rows
 * in batches (each batch on the server's managed executor while the next is read), and ends as imported
 * or, when the file cannot be read at all or has no data rows, rejected with the reason; a rejection waits
 * for the batch being written, so no row lands after it. The upload is deleted either way. Row contents
 * never reach the log.
 */
@ApplicationScoped
public class ImportingReport {

    private static final Logger LOG = Logger.getLogger(ImportingReport.class.getName());

    @Inject
    ImportSteps steps;

    @Inject
    ReportIntake intake;

    @Inject
    ReportSettings settings;

    @Resource
    ManagedExecutorService writer;

    public void run(UUID versionId) {
        ImportSteps.ImportJob job = steps.start(versionId);
        if (job == null) {
            return;
        }
        try {
            if (!intake.has(versionId)) {
                steps.reject(versionId, "The upload is gone from the intake folder (the hub node that took it was replaced): upload it again.");
                return;
            }
            long rowsRead;
            try (ImportBatch batch = new ImportBatch(steps, writer, versionId, job.organisation(), settings.batchRows())) {
                ReportFiles.read(intake.uploadOf(versionId), job.profile(), new ProfileMapping(job.profile(), batch::add));
                batch.flush();
                batch.awaitWritten();
                rowsRead = batch.rowsRead();
            }
            if (rowsRead == 0) {
                steps.reject(versionId, "The file has a header but no data rows.");
            } else {
                steps.finish(versionId);
            }
        } catch (UnreadableFile unreadable) {
            steps.reject(versionId, unreadable.getMessage());
        } catch (RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            LOG.severe(() -> "Import of report version " + versionId + " failed, incident " + incident + ": " + e.getClass().getName());
            steps.reject(versionId, "The import failed (incident " + incident + "): upload the file again, and report the incident "
                    + "id to the hub operator if it fails again.");
        } finally {
            intake.discard(versionId);
        }
    }
}
