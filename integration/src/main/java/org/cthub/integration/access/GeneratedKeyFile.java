package org.cthub.integration.access;

import com.nimbusds.jose.jwk.JWK;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.logging.Logger;

/**
 * The signing key the hub makes for itself when no key file is configured: P-256, written once as PKCS#8
 * PEM readable by the owner only (0600, in a 0700 directory), and read back on every later start so tokens
 * survive a restart. The file is written under a temporary name and moved into place, so a crash never
 * leaves half a key.
 */
final class GeneratedKeyFile {

    private static final Logger LOG = Logger.getLogger(GeneratedKeyFile.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private GeneratedKeyFile() {
    }

    static JWK readOrCreate(Path file) {
        if (Files.exists(file)) {
            return PemKeys.read(file);
        }
        try {
            Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
            Path temporary = Files.createTempFile(file.getParent(), "jwt-signing-key", ".tmp", ownerOnly("rw-------"));
            Files.writeString(temporary, PemKeys.write(newP256Key()), StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write the generated JWT signing key to " + file
                    + ": make hub.data-dir (HUB_DATA_DIR) writable or set hub.jwt.signing-key-file (HUB_JWT_SIGNING_KEY_FILE)", e);
        }
        LOG.warning(() -> "Generated a new JWT signing key at " + file.toAbsolutePath()
                + "; back it up, and give every hub node the same key through HUB_JWT_SIGNING_KEY_FILE");
        return PemKeys.read(file);
    }

    private static java.security.PrivateKey newP256Key() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("P-256 key generation is part of every Java platform", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
