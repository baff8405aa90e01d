package org.cthub.persistence.partner;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cthub.persistence.support.RuleViolation;

/**
 * The media types a partner system accepts (application/json, application/xml, text/csv, ...), in the
 * partner's order of preference. Stored as one comma-separated column: they are read and written together.
 */
public final class AcceptedFormats {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[a-z0-9][a-z0-9!#$&^_.+-]{0,63}/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}");
    static final int MAX = 10;

    private AcceptedFormats() {
    }

    public static List<String> check(List<String> formats) {
        if (formats == null || formats.isEmpty() || formats.size() > MAX) {
            throw new RuleViolation("formats", "formats must list 1 to " + MAX + " media types, e.g. application/json");
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String format : formats) {
            String normalised = format == null ? "" : format.trim().toLowerCase(Locale.ROOT);
            if (!MEDIA_TYPE.matcher(normalised).matches()) {
                throw new RuleViolation("formats", "formats must be media types such as application/json, application/xml or text/csv");
            }
            distinct.add(normalised);
        }
        return List.copyOf(distinct);
    }

    /** Stores the list as {@code a/b,c/d}. */
    @Converter
    public static class Column implements AttributeConverter<List<String>, String> {

        @Override
        public String convertToDatabaseColumn(List<String> formats) {
            return formats == null ? null : String.join(",", formats);
        }

        @Override
        public List<String> convertToEntityAttribute(String stored) {
            return stored == null || stored.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(stored.split(",")));
        }
    }
}
