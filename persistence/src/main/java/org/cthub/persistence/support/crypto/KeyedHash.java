package org.cthub.persistence.support.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A keyed hash (HMAC-SHA256) for values the hub must recognise again but never store in clear, such as a
 * partner's own case reference. Each field key yields its own hash key, derived under a purpose label so a
 * hash never equals anything the cipher produces. A hash is written as {@code keyId:hex}; after a key
 * rotation the retired keys still recognise old values, so lookups try {@link #all} of them.
 */
public final class KeyedHash {

    private static final String ALGORITHM = "HmacSHA256";
    private static final java.util.concurrent.ConcurrentMap<String, KeyedHash> CONFIGURED = new java.util.concurrent.ConcurrentHashMap<>();

    private final String currentId;
    private final Map<String, byte[]> keys;

    KeyedHash(KeyRing ring, String purpose) {
        this.currentId = ring.currentId();
        this.keys = ring.ids().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                id -> id, id -> mac(ring.byId(id).getEncoded(), purpose)));
    }

    /** The keyed hash for this purpose under the keys from configuration, built once. */
    public static KeyedHash forPurpose(String purpose) {
        return CONFIGURED.computeIfAbsent(purpose, p -> new KeyedHash(KeyRingSource.from(ConfigProvider.getConfig()), p));
    }

    /** For tests and callers that hold their own ring. */
    public static KeyedHash of(KeyRing ring, String purpose) {
        return new KeyedHash(ring, purpose);
    }

    /** The hash to store, under the current key. */
    public String current(String value) {
        return currentId + ":" + HexFormat.of().formatHex(mac(keys.get(currentId), value));
    }

    /** The hashes of the value under every key in the ring, current first: what a stored hash may be. */
    public List<String> all(String value) {
        java.util.ArrayList<String> hashes = new java.util.ArrayList<>();
        hashes.add(current(value));
        keys.forEach((id, key) -> {
            if (!id.equals(currentId)) {
                hashes.add(id + ":" + HexFormat.of().formatHex(mac(key, value)));
            }
        });
        return hashes;
    }

    private static byte[] mac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java platform", e);
        }
    }
}
