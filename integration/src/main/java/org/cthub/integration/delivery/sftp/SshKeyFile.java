package org.cthub.integration.delivery.sftp;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.logging.Logger;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.nist.NISTNamedCurves;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.sec.SECObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x9.X962Parameters;
import org.bouncycastle.asn1.x9.X9ObjectIdentifiers;

/**
 * The SSH key the hub makes for itself when none is configured: ECDSA P-256 (ecdsa-sha2-nistp256, which
 * every current SSH server accepts), written once as unencrypted PKCS#8 PEM with its public key inside,
 * readable by the owner only (0600 in a 0700 directory), under a temporary name then moved into place so a
 * crash never leaves half a key. Later starts read it back, so partners keep trusting the same key.
 */
final class SshKeyFile {

    private static final Logger LOG = Logger.getLogger(SshKeyFile.class.getName());
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private SshKeyFile() {
    }

    static Path readOrCreate(Path file) {
        if (Files.exists(file)) {
            return file;
        }
        try {
            Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
            Path temporary = Files.createTempFile(file.getParent(), "sftp-key", ".tmp", ownerOnly("rw-------"));
            Files.writeString(temporary, pem(newP256Key()), StandardCharsets.US_ASCII);
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot write the generated SFTP key to " + file
                    + ": make hub.data-dir (HUB_DATA_DIR) writable or set hub.sftp.private-key-file (HUB_SFTP_PRIVATE_KEY_FILE)", e);
        }
        LOG.warning(() -> "Generated a new SSH key for SFTP deliveries at " + file.toAbsolutePath()
                + "; back it up, and give every hub node the same key through HUB_SFTP_PRIVATE_KEY_FILE");
        return file;
    }

    private static ECPrivateKey newP256Key() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return (ECPrivateKey) generator.generateKeyPair().getPrivate();
    }

    /** PKCS#8 whose inner SEC 1 structure carries the public point too, so SSH clients need not derive it. */
    static String pem(ECPrivateKey key) throws IOException {
        BigInteger d = key.getS();
        byte[] point = NISTNamedCurves.getByName("P-256").getG().multiply(d).normalize().getEncoded(false);
        var sec1 = new org.bouncycastle.asn1.sec.ECPrivateKey(256, d, new DERBitString(point),
                new X962Parameters(SECObjectIdentifiers.secp256r1));
        PrivateKeyInfo info = new PrivateKeyInfo(new AlgorithmIdentifier(X9ObjectIdentifiers.id_ecPublicKey,
                SECObjectIdentifiers.secp256r1), sec1);
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(info.getEncoded());
        return "-----BEGIN PRIVATE KEY-----\n" + base64 + "\n-----END PRIVATE KEY-----\n";
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions))}
                : new FileAttribute<?>[0];
    }
}
