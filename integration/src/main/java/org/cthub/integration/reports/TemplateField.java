package org.cthub.integration.reports;

import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * One property of a template's JSON Schema, with the few keywords the templates use: type (string or
 * integer), format (date, uuid), enum, pattern, minimum and maximum, and whether it is required or set by
 * the hub (readOnly), and its HXL hashtag (x-hxl) for exports. It checks one value in its standard form; a reason never repeats the value.
 */
public record TemplateField(String name, String type, String format, List<String> codes, Pattern pattern,
        Long minimum, Long maximum, boolean required, boolean readOnly, String description, String hxl) {

    public static final String INTEGER = "integer";

    /** The value in its typed standard form (a Long for integers, else the string), or a refusal. */
    public Checked check(String value) {
        if (value == null || value.isEmpty()) {
            return required ? Checked.refused("is required") : Checked.ok(null);
        }
        if (INTEGER.equals(type)) {
            return checkInteger(value);
        }
        if (!codes.isEmpty() && !codes.contains(value)) {
            return Checked.refused("is not one of " + String.join(", ", codes));
        }
        if (pattern != null && !pattern.matcher(value).matches()) {
            return Checked.refused("does not match " + pattern.pattern());
        }
        return checkFormat(value);
    }

    private Checked checkInteger(String value) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            return Checked.refused("is not a whole number");
        }
        if (!codes.isEmpty() && !codes.contains(Long.toString(number))) {
            return Checked.refused("is not one of " + String.join(", ", codes));
        }
        if ((minimum != null && number < minimum) || (maximum != null && number > maximum)) {
            return Checked.refused("is outside " + (minimum == null ? "" : minimum) + ".." + (maximum == null ? "" : maximum));
        }
        return Checked.ok(number);
    }

    private Checked checkFormat(String value) {
        try {
            if ("date".equals(format)) {
                IsoDate.parse(value);
            } else if ("uuid".equals(format)) {
                UUID.fromString(value);
            }
            return Checked.ok(value);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return Checked.refused("is not a " + format);
        }
    }

    /** A checked value: the typed value, or the reason it was refused. */
    public record Checked(Object value, String reason) {
        static Checked ok(Object value) {
            return new Checked(value, null);
        }

        static Checked refused(String reason) {
            return new Checked(null, reason);
        }

        public boolean refused() {
            return reason != null;
        }
    }
}
