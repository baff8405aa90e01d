package org.cthub.integration.delivery.sftp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How the hub reaches SFTP partners, from configuration ({@code hub.sftp.*}). */
@ApplicationScoped
public class SftpSettings {

    @Inject
    @ConfigProperty(name = "hub.sftp.private-key-file")
    Optional<String> privateKeyFile;

    @Inject
    @ConfigProperty(name = "hub.sftp.known-hosts-file")
    Optional<String> knownHostsFile;

    @Inject
    @ConfigProperty(name = "hub.data-dir", defaultValue = "./data")
    String dataDir;

    @Inject
    @ConfigProperty(name = "hub.sftp.connect-timeout-ms", defaultValue = "10000")
    long connectTimeoutMs;

    /** The operator's private key (PKCS#8 PEM, OpenSSH or PEM as JSch reads them, unencrypted), if configured. */
    public Optional<Path> privateKeyFile() {
        return privateKeyFile.filter(f -> !f.isBlank()).map(Path::of);
    }

    /** Where the key is generated when none is configured. */
    public Path generatedKeyFile() {
        return Path.of(dataDir, "keys", "sftp-key.pem");
    }

    /**
     * The OpenSSH known_hosts file every partner's host key must be in (host keys are checked strictly:
     * an unknown or changed key fails the attempt). Defaults to {@code <data-dir>/keys/sftp_known_hosts}.
     */
    public Path knownHostsFile() {
        return knownHostsFile.filter(f -> !f.isBlank()).map(Path::of)
                .orElseGet(() -> Path.of(dataDir, "keys", "sftp_known_hosts"));
    }

    public Duration connectTimeout() {
        return Duration.ofMillis(Math.max(1, connectTimeoutMs));
    }
}
