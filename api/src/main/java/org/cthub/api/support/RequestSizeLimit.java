package org.cthub.api.support;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import jakarta.inject.Inject;

/**
 * Refuses request bodies over {@code hub.api.max-body-bytes} (HUB_API_MAX_BODY_BYTES, default 1 MiB) with 413,
 * counting the bytes actually read so a missing or lying Content-Length does not get past it. File uploads
 * get their own, larger limit where they are accepted.
 */
@Provider
public class RequestSizeLimit implements ReaderInterceptor {

    @Inject
    @ConfigProperty(name = "hub.api.max-body-bytes", defaultValue = "1048576")
    long maxBodyBytes;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        String declared = context.getHeaders().getFirst("Content-Length");
        if (declared != null && parse(declared) > maxBodyBytes) {
            throw tooLarge();
        }
        context.setInputStream(new CountingStream(context.getInputStream(), maxBodyBytes));
        return context.proceed();
    }

    private static long parse(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static WebApplicationException tooLarge() {
        return new WebApplicationException(Response.Status.REQUEST_ENTITY_TOO_LARGE);
    }

    private static final class CountingStream extends FilterInputStream {
        private final long limit;
        private long count;

        CountingStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            count += n;
            if (count > limit) {
                throw tooLarge();
            }
        }
    }
}
