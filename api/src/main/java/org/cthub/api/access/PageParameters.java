package org.cthub.api.access;

import org.cthub.api.support.Page;
import org.cthub.persistence.support.RuleViolation;

/**
 * The {@code page} and {@code size} query parameters, read as text so that a bad value is a 422 naming the
 * field rather than JAX-RS's bare 404.
 */
record PageParameters(int page, int size) {

    static final int MAX_PAGE = 1_000_000;

    static PageParameters of(String page, String size) {
        return new PageParameters(number("page", page, 0, 0, MAX_PAGE),
                number("size", size, Page.DEFAULT_SIZE, 1, Page.MAX_SIZE));
    }

    private static int number(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new RuleViolation(name, name + " must be a whole number from " + min + " to " + max);
    }
}
