package org.cthub.integration.legislation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.cthub.persistence.support.RuleViolation;

/**
 * A PDF draft is stored as it is and never parsed: the hub only makes sure it is one, by the signature every
 * PDF file starts with, so that a file of another kind is not kept and handed out labelled as PDF.
 */
final class ReadingPdf {

    private static final byte[] SIGNATURE = "%PDF-".getBytes(StandardCharsets.US_ASCII);

    private ReadingPdf() {
    }

    static void check(byte[] bytes) {
        if (bytes.length < SIGNATURE.length || !Arrays.equals(bytes, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            throw new RuleViolation(SecureXml.FIELD, "Not a PDF document: a PDF file starts with %PDF-, and this one does not.");
        }
    }
}
