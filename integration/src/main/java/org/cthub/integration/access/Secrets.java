package org.cthub.integration.access;

import java.security.SecureRandom;
import java.util.Base64;

/** New client secrets: 256 random bits, base64url, shown to the caller once and only ever stored as a hash. */
public final class Secrets {

    /** Operator-chosen secrets (the configured hub-admin) must be at least this long. */
    public static final int MIN_CONFIGURED_LENGTH = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Secrets() {
    }

    public static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
