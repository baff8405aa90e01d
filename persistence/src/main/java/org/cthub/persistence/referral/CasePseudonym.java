package org.cthub.persistence.referral;

import java.security.SecureRandom;

/**
 * The hub's name for a case: {@code CASE-} and 12 random Crockford base32 characters (60 bits). Random, so it
 * says nothing about the person, the sender or the order of cases.
 */
public final class CasePseudonym {

    static final String PREFIX = "CASE-";
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private CasePseudonym() {
    }

    public static String generate() {
        StringBuilder pseudonym = new StringBuilder(PREFIX);
        for (int i = 0; i < 12; i++) {
            pseudonym.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return pseudonym.toString();
    }
}
