package org.cthub.persistence.support.crypto;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys the hub can decrypt with, by id, and the one it encrypts with. Older keys stay in the ring after a
 * rotation so values written under them remain readable until they are re-encrypted.
 */
public final class KeyRing {

    static final int KEY_BYTES = 32;

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private KeyRing(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Map.copyOf(keys);
    }

    /** A ring with one key, used for encryption and decryption. */
    public static KeyRing of(String keyId, byte[] key) {
        return new KeyRing(keyId, Map.of(keyId, aesKey(keyId, key)));
    }

    /** This ring plus an older key that can still decrypt but never encrypts. */
    public KeyRing withRetiredKey(String keyId, byte[] key) {
        if (keys.containsKey(keyId)) {
            throw new IllegalArgumentException("Key id " + keyId + " is already in the ring: give each key its own id");
        }
        Map<String, SecretKey> more = new LinkedHashMap<>(keys);
        more.put(keyId, aesKey(keyId, key));
        return new KeyRing(currentId, more);
    }

    String currentId() {
        return currentId;
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    java.util.Set<String> ids() {
        return keys.keySet();
    }

    SecretKey byId(String keyId) {
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new FieldDecryptionFailed("The value was encrypted with key '" + keyId
                    + "', which is not in the key ring: add it to hub.encryption.retired-keys");
        }
        return key;
    }

    private static SecretKey aesKey(String keyId, byte[] key) {
        if (keyId == null || keyId.isBlank() || keyId.contains(":")) {
            throw new IllegalArgumentException("A key id must be non-blank and contain no ':'");
        }
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("Key " + keyId + " must be exactly 32 bytes (AES-256)");
        }
        return new SecretKeySpec(key, "AES");
    }
}
