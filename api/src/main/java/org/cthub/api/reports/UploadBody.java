package org.cthub.api.reports;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import org.cthub.integration.reports.ReportIntake;
import java.nio.file.Path;
import org.cthub.persistence.support.RuleViolation;

/**
 * Spools an uploaded file from the request into a new file the hub names inside the intake folder, at most
 * {@code max} bytes, without holding it in memory. Nothing from the request (no file name, no header) goes into
 * the path. A declared or actual size over the cap is 413 and an empty body 422; either way the spool file is gone.
 */
final class UploadBody {

    private UploadBody() {
    }

    static Path spool(HttpServletRequest request, Path intake, long max) {
        if (request.getContentLengthLong() > max) {
            throw tooLarge();
        }
        Path file;
        try (InputStream in = request.getInputStream()) {
            file = ReportIntake.spool(in, intake, max);
        } catch (ReportIntake.TooLarge e) {
            throw tooLarge();
        } catch (IOException e) {
            throw new WebApplicationException(Response.Status.BAD_REQUEST); // the body broke off
        }
        if (size(file) == 0) {
            delete(file);
            throw new RuleViolation("file", "The upload is empty.");
        }
        return file;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover spool file in the intake folder holds nothing but what its owner sent; it is not needed again
            }
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
