package org.cthub.api.legislation;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a submitted document straight from the request, at most {@code max} bytes: drafts have their own
 * cap (larger than the JSON one), so the body is not read as a JAX-RS entity. A declared or actual size over
 * the cap is 413, and nothing beyond the cap is read.
 */
final class DocumentBody {

    private DocumentBody() {
    }

    static byte[] read(HttpServletRequest request, long max) {
        if (request.getContentLengthLong() > max) {
            throw tooLarge();
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            if (bytes.length > max) {
                throw tooLarge();
            }
            return bytes;
        } catch (IOException e) {
            throw new WebApplicationException(Response.Status.BAD_REQUEST); // the body broke off
        }
    }

    private static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }
}
