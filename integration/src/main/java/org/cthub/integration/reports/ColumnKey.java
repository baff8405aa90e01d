package org.cthub.integration.reports;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How column headers, hashtags and mapped values are compared: trimmed, Unicode NFC, lower case, so
 * "Gen " and "gen", or a decomposed "ș" and a composed one, are the same.
 */
final class ColumnKey {

    private ColumnKey() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String trimmed = text.strip();
        if (!trimmed.isEmpty() && trimmed.charAt(0) == '\uFEFF') {
            trimmed = trimmed.substring(1).strip();
        }
        return Normalizer.normalize(trimmed, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** An HXL hashtag with its attributes, spaces removed: "#affected +f" is "#affected+f". */
    static String hashtag(String text) {
        return of(text).replaceAll("\\s+", "");
    }
}
