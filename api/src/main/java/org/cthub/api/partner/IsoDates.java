package org.cthub.api.partner;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cthub.persistence.support.RuleViolation;

/**
 * Dates travel as ISO-8601 strings ({@code 2025-01-31}) and are parsed here, so the wire format does not
 * depend on which JSON binding the server picks or how it is configured.
 */
final class IsoDates {

    static final String PATTERN = "\\d{4}-\\d{2}-\\d{2}";
    static final String MESSAGE = "must be an ISO-8601 date such as 2025-01-31";

    private IsoDates() {
    }

    static LocalDate parse(String date, String field) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new RuleViolation(field, field + " is not a calendar date: use YYYY-MM-DD, e.g. 2025-01-31");
        }
    }
}
