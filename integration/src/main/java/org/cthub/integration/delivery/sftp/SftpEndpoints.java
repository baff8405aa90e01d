package org.cthub.integration.delivery.sftp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.cthub.persistence.partner.SftpLocation;

/**
 * The Camel sftp endpoint URI for a partner's location, with the options every drop uses: the hub's key,
 * strict host key checking against the configured known_hosts only (never the user's own), a temporary
 * file name ({@code <messageId>.<ext>.part}) renamed into place once written, overwrite on retry, and one
 * connection per file, so a partner's changed key or address is picked up at the next attempt. The
 * directory is not created: the partner owns it, and a missing one shows as failed attempts.
 *
 * <p>The location's path is taken from the login's starting directory, as Camel's sftp component does with
 * every directory: on the usual chrooted SFTP account that is the same as the absolute path.
 */
@ApplicationScoped
public class SftpEndpoints {

    /** Camel's file language: the final name plus {@code .part}, which partners' {@code *.json} or {@code *.xml} filters skip. */
    static final String TEMPORARY_NAME = "${file:name}.part";

    @Inject
    SftpSettings settings;

    @Inject
    SftpKeys keys;

    public String uri(SftpLocation location) {
        return uri(location, Map.of());
    }

    /**
     * The endpoint for a directory below the location, with the connection options of every drop and the given
     * ones (a consumer's, say) on top.
     */
    public String uri(SftpLocation location, String subdirectory, Map<String, String> more) {
        return uri(new SftpLocation(location.host(), location.port(), location.path().replaceAll("/+$", "") + "/" + subdirectory,
                location.username()), more);
    }

    private String uri(SftpLocation location, Map<String, String> more) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("privateKeyFile", keys.privateKeyFile().toString());
        options.put("knownHostsFile", settings.knownHostsFile().toString());
        options.put("strictHostKeyChecking", "yes");
        options.put("useUserKnownHostsFile", "false");
        options.put("tempFileName", TEMPORARY_NAME);
        options.put("fileExist", "Override");
        options.put("autoCreate", "false");
        options.put("binary", "true");
        options.put("disconnect", "true");
        options.put("maximumReconnectAttempts", "0");
        options.put("connectTimeout", Long.toString(settings.connectTimeout().toMillis()));
        options.putAll(more);
        String query = options.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return "sftp://" + location.username() + "@" + location.host() + ":" + location.port() + encodedPath(location.path())
                + "?" + query;
    }

    private static String encodedPath(String path) {
        try {
            return new URI(null, null, path, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("sftp.path cannot be part of a URI");
        }
    }
}
