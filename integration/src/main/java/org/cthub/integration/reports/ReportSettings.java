package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Report settings ({@code hub.reports.*}): the intake folder uploads are spooled to (HUB_REPORTS_INTAKE_DIR,
 * default a cthub-report-intake folder in the system temp folder), the largest upload (HUB_REPORTS_MAX_UPLOAD_BYTES,
 * default 50 MiB, the server's own request cap), the largest dry-run sample (HUB_REPORTS_MAX_SAMPLE_BYTES,
 * default 1 MiB), rows per batch and transaction of an import (HUB_REPORTS_BATCH_ROWS, default 5000) and imports run
 * at once on a node (HUB_REPORTS_IMPORT_CONSUMERS, default 1).
 */
@ApplicationScoped
public class ReportSettings {

    @Inject
    @ConfigProperty(name = "hub.reports.intake-dir")
    Optional<String> intakeDir;

    @Inject
    @ConfigProperty(name = "hub.reports.max-upload-bytes", defaultValue = "52428800")
    long maxUploadBytes;

    @Inject
    @ConfigProperty(name = "hub.reports.max-sample-bytes", defaultValue = "1048576")
    long maxSampleBytes;

    @Inject
    @ConfigProperty(name = "hub.reports.batch-rows", defaultValue = "5000")
    int batchRows;

    @Inject
    @ConfigProperty(name = "hub.reports.import-consumers", defaultValue = "1")
    int importConsumers;

    /** The intake folder, created on first use; every spooled file is created inside it by the hub, never named by a request. */
    public Path intakeFolder() {
        Path folder = intakeDir.filter(dir -> !dir.isBlank()).map(Path::of)
                .orElse(Path.of(System.getProperty("java.io.tmpdir"), "cthub-report-intake"));
        try {
            return Files.createDirectories(folder.toAbsolutePath().normalize());
        } catch (IOException e) {
            throw new UncheckedIOException("the report intake folder cannot be created", e);
        }
    }

    public long maxUploadBytes() {
        return maxUploadBytes;
    }

    public long maxSampleBytes() {
        return maxSampleBytes;
    }

    public int batchRows() {
        return Math.max(1, batchRows);
    }

    public int importConsumers() {
        return Math.max(1, importConsumers);
    }
}
