package org.cthub.integration.reports;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads ISO 8601 calendar dates as {@link LocalDate#parse} does (strict: 2026-02-30 is no date), with a short way
 * for the plain yyyy-MM-dd form nearly every report cell has: the general formatter costs about a microsecond
 * a date, and an imported row is checked with up to six (bench/README.md, "Causes and fixes").
 */
final class IsoDate {

    private IsoDate() {
    }

    static LocalDate parse(String text) {
        if (!plain(text)) {
            return LocalDate.parse(text);
        }
        try {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        } catch (DateTimeException e) {
            throw new DateTimeParseException("Text could not be parsed as a date: " + e.getMessage(), text, 0, e);
        }
    }

    private static boolean plain(String text) {
        if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            char c = text.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
