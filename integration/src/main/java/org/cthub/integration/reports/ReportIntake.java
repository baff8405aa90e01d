package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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

    /**
     * Streams a file into a new hub-named {@code .part} file in the folder, at most {@code max} bytes: the one way an
     * upload or a dropped file enters the intake folder. On any failure nothing is left behind.
     */
    public static Path spool(InputStream in, Path folder, long max) throws IOException, TooLarge {
        Path file = Files.createTempFile(folder, "upload-", ".part");
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            for (int read; (read = in.read(buffer)) != -1;) {
                total += read;
                if (total > max) {
                    throw new TooLarge(max);
                }
                out.write(buffer, 0, read);
            }
            return file;
        } catch (IOException | TooLarge | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** The file is longer than the cap; nothing of it was kept. */
    public static final class TooLarge extends Exception {

        private final long max;

        TooLarge(long max) {
            super("larger than " + max + " bytes");
            this.max = max;
        }

        public long max() {
            return max;
        }
    }

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
