package org.cthub.api.referral;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request as the hub read it, re-serialised: field order, whitespace and number spelling in
 * the caller's JSON do not change it, so a retry of the same request matches its Idempotency-Key.
 */
final class BodyFingerprint {

    private static final Jsonb JSON = JsonbBuilder.create();

    private BodyFingerprint() {
    }

    static String of(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(JSON.toJson(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }
}
