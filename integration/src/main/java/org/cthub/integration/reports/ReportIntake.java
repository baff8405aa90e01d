package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The intake folder's files. An upload is spooled to a file the hub names, then, once its version is
 * committed, renamed after that version's id ({@code <id>.upload}): a node that restarts finds by name the
 * uploads it still has to import. No name ever comes from a request.
 */
@ApplicationScoped
public class ReportIntake {

    static final String SUFFIX = ".upload";

    @Inject
    ReportSettings settings;

    public Path folder() {
        return settings.intakeFolder();
    }

    public Path uploadOf(UUID versionId) {
        return folder().resolve(versionId + SUFFIX);
    }

    public void keep(Path spooled, UUID versionId) {
        try {
            Files.move(spooled, uploadOf(versionId), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the upload cannot be kept in the intake folder", e);
        }
    }

    public boolean has(UUID versionId) {
        return Files.isRegularFile(uploadOf(versionId));
    }

    public void discard(UUID versionId) {
        try {
            Files.deleteIfExists(uploadOf(versionId));
        } catch (IOException e) {
            // left behind, it is imported by nobody: its version has finished
        }
    }
}
