package org.cthub.persistence.support.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Builds the key ring from configuration: {@code hub.encryption.key} (base64 of 32 bytes) under
 * {@code hub.encryption.key-id} (default {@code k1}), plus {@code hub.encryption.retired-keys}
 * ({@code id:base64,...}) after a rotation. Without a configured key, a key is generated once into
 * {@code ${hub.data-dir}/keys/field-encryption.key} (mode 0600) and reused: fine for one node and sandboxes,
 * but several nodes must share a configured key or they cannot read each other's rows.
 */
public final class KeyRingSource {

    public static final String KEY = "hub.encryption.key";
    public static final String KEY_ID = "hub.encryption.key-id";
    public static final String RETIRED_KEYS = "hub.encryption.retired-keys";
    public static final String DATA_DIR = "hub.data-dir";
    static final String DEFAULT_KEY_ID = "k1";
    static final String DEFAULT_DATA_DIR = "./data";
    static final String KEY_FILE = "keys/field-encryption.key";
    private static final Logger LOG = Logger.getLogger(KeyRingSource.class.getName());

    private KeyRingSource() {
    }

    public static KeyRing from(Config config) {
        String keyId = config.getOptionalValue(KEY_ID, String.class).orElse(DEFAULT_KEY_ID);
        Optional<String> configured = config.getOptionalValue(KEY, String.class);
        byte[] key = configured.isPresent()
                ? decodeKey(KEY, configured.get())
                : fileKey(Path.of(config.getOptionalValue(DATA_DIR, String.class).orElse(DEFAULT_DATA_DIR)));
        KeyRing ring = KeyRing.of(keyId, key);
        for (String retired : config.getOptionalValue(RETIRED_KEYS, String[].class).orElse(new String[0])) {
            int colon = retired.indexOf(':');
            if (colon <= 0) {
                throw new IllegalStateException(RETIRED_KEYS + " entries must be keyId:base64");
            }
            ring = ring.withRetiredKey(retired.substring(0, colon).trim(), decodeKey(RETIRED_KEYS, retired.substring(colon + 1)));
        }
        return ring;
    }

    /** Reads the key file under {@code dataDir}, creating it with a fresh random key on first use. */
    static byte[] fileKey(Path dataDir) {
        Path file = dataDir.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return decodeKey(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the field encryption key under " + dataDir
                    + ": set HUB_ENCRYPTION_KEY or make HUB_DATA_DIR writable", e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[KeyRing.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Path temp = Files.createTempFile(file.getParent(), "key", ".tmp");
        try {
            restrictToOwner(temp);
            Files.writeString(temp, Base64.getEncoder().encodeToString(key));
            // Another node or thread may have won the race: its key is the one to keep.
            Files.move(temp, file);
            LOG.warning(() -> "Generated a field encryption key at " + file
                    + ": back it up; set HUB_ENCRYPTION_KEY when several nodes share a database");
        } catch (FileAlreadyExistsException raced) {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrictToOwner(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            path.toFile().setReadable(false, false);
            path.toFile().setReadable(true, true);
        }
    }

    private static byte[] decodeKey(String source, String base64) {
        try {
            return Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(source + " is not valid base64 (expected 32 random bytes, base64-encoded)");
        }
    }
}
