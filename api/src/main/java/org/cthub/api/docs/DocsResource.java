package org.cthub.api.docs;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The integrators' documentation page: Swagger UI over the live {@code /openapi} document. The API owns
 * the server's root path, so the page and the Swagger UI files it loads (from the webjar) are served here
 * rather than by the default servlet, and so are the example partner formats under {@code /docs/formats/}.
 * Public, like the document it shows.
 */
@Path("docs")
public class DocsResource {

    private static final String PAGE_ROOT = "META-INF/resources/docs/";
    /** The example partner formats (an XSD and the XML mapping that produces it), beside their translator. */
    private static final String FORMATS_ROOT = "org/cthub/integration/delivery/format/";
    private static final Pattern FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,100}");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "png", "image/png",
            "map", "application/json",
            "xsd", "application/xml;charset=utf-8",
            "json", "application/json;charset=utf-8");

    private final String swaggerUiRoot = "META-INF/resources/webjars/swagger-ui/" + swaggerUiVersion() + "/";

    @GET
    @PermitAll
    @Operation(hidden = true)
    public Response index() {
        return file(PAGE_ROOT, "index.html");
    }

    @GET
    @PermitAll
    @Path("{file}")
    @Operation(hidden = true)
    public Response pageFile(@PathParam("file") String name) {
        return file(PAGE_ROOT, name);
    }

    @GET
    @PermitAll
    @Path("swagger-ui/{file}")
    @Operation(hidden = true)
    public Response swaggerUiFile(@PathParam("file") String name) {
        return file(swaggerUiRoot, name);
    }

    /**
     * An example partner format, for integrators to fetch: {@code referral-v1.xsd} and the mapping that
     * renders it, {@code referral-v1.mapping.json}. Public like the rest of the documentation.
     */
    @GET
    @PermitAll
    @Path("formats/{file}")
    @Operation(hidden = true)
    public Response formatFile(@PathParam("file") String name) {
        return file(FORMATS_ROOT, name);
    }

    private Response file(String root, String name) {
        String extension = name.substring(name.lastIndexOf('.') + 1);
        InputStream content = FILE_NAME.matcher(name).matches() && MEDIA_TYPES.containsKey(extension)
                ? getClass().getClassLoader().getResourceAsStream(root + name)
                : null;
        if (content == null) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(3600);
        return Response.ok(content, MEDIA_TYPES.get(extension))
                .cacheControl(cache)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
                .build();
    }

    private static String swaggerUiVersion() {
        try (InputStream in = DocsResource.class.getClassLoader().getResourceAsStream("org/cthub/openapi/docs.properties")) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("swagger-ui.version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
