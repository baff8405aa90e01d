package org.cthub.integration.delivery.sftp;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.KeyPair;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Logger;

/**
 * The hub's SSH identity for SFTP deliveries: the operator's key file ({@code hub.sftp.private-key-file}),
 * or one generated on first start under {@code hub.data-dir}, which suits a single node (several nodes must
 * share one configured key, or partners must trust each). The public key is read by the same SSH library
 * that logs in with it, so what the hub shows is what the partner's server will be offered; it is logged at
 * start and shown on every SFTP partner system, for the partner's authorized_keys. A public key is not secret.
 */
@ApplicationScoped
public class SftpKeys {

    private static final Logger LOG = Logger.getLogger(SftpKeys.class.getName());
    static final String COMMENT = "cthub-delivery";

    @Inject
    SftpSettings settings;

    private Path privateKeyFile;
    private String publicKey;

    @PostConstruct
    void init() {
        privateKeyFile = settings.privateKeyFile().orElseGet(() -> SshKeyFile.readOrCreate(settings.generatedKeyFile()));
        if (!Files.isReadable(privateKeyFile)) {
            throw new IllegalStateException("Cannot read the SFTP private key file " + privateKeyFile + " (hub.sftp.private-key-file)");
        }
        publicKey = openSshPublicKey(privateKeyFile);
    }

    /** Loads the key with the application, so a bad key file stops the deployment rather than the first delivery. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) @Initialized(ApplicationScoped.class) Object ignored) {
        LOG.info(() -> "SFTP deliveries log in with this public key (add it to each SFTP partner's authorized_keys): " + publicKey);
    }

    public Path privateKeyFile() {
        return privateKeyFile;
    }

    /** One authorized_keys line: type, base64 key, comment. */
    public String publicKey() {
        return publicKey;
    }

    static String openSshPublicKey(Path file) {
        try {
            KeyPair key = KeyPair.load(new JSch(), file.toString());
            try {
                if (key.isEncrypted()) {
                    throw new IllegalStateException("The SFTP private key " + file + " is encrypted: give the hub an unencrypted key");
                }
                ByteArrayOutputStream line = new ByteArrayOutputStream();
                key.writePublicKey(line, COMMENT);
                return line.toString(StandardCharsets.US_ASCII).trim();
            } finally {
                key.dispose();
            }
        } catch (JSchException e) {
            throw new IllegalStateException("The SFTP private key " + file + " is not a key the hub can use: "
                    + e.getMessage() + " (use an unencrypted PKCS#8 PEM or OpenSSH key: RSA, ECDSA or Ed25519)", e);
        }
    }
}
