package org.cthub.persistence.partner;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * A webhook signing secret in the Standard Webhooks form ({@code whsec_} + base64 of 32 random bytes). The
 * hub makes it, shows it once, and keeps only its encrypted form.
 */
public final class SigningSecret {

    static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private SigningSecret() {
    }

    public static String generate() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
