package org.cthub.persistence.access;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;
import org.cthub.persistence.support.RuleViolation;

/**
 * A client's public identifier. Generated ids carry 128 random bits, base64url without padding, so they are
 * safe in URLs and cannot be guessed or enumerated; an operator-chosen id (the configured hub-admin) must
 * at least stay within URL-unreserved characters, because ids appear in paths.
 */
public record ClientId(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern URL_SAFE = Pattern.compile("[A-Za-z0-9._~-]{3," + MAX_LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public ClientId {
        if (value == null || !URL_SAFE.matcher(value).matches()) {
            throw new RuleViolation("clientId", "A client id has 3 to " + MAX_LENGTH
                    + " characters from A-Z, a-z, 0-9, '.', '_', '~' and '-'");
        }
    }

    public static ClientId random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return new ClientId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public String toString() {
        return value;
    }
}
