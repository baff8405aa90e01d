package org.cthub.integration.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a file's rows onto the template through a profile: finds each field's column, turns the
 * organisation's values into standard codes (value mappings), its dates into ISO dates and its numbers into
 * plain digits, then checks the row against the template. A sink over a reader: the header must hold every
 * column the profile maps, else the file is refused before any row.
 */
public final class ProfileMapping implements RowSink {

    /** A whole number a spreadsheet wrote as 12.0 or 12,0. */
    private static final Pattern WHOLE_WITH_ZERO_FRACTION = Pattern.compile("(-?\\d+)[.,]0+");

    private final ProfileDefinition profile;
    private final Predicate<MappedRow> next;
    private final List<MappedField> fields;

    public ProfileMapping(ProfileDefinition profile, Predicate<MappedRow> next) {
        this.profile = profile;
        this.next = next;
        this.fields = profile.columns().entrySet().stream().map(column -> new MappedField(column.getKey(), column.getValue(),
                profile.template().field(column.getKey()).orElseThrow(), profile.valueMappings().get(column.getKey()))).toList();
    }

    /** A field the profile maps, with its column, its template field and its value mappings, looked up once per file, not per cell. */
    private record MappedField(String name, String column, TemplateField target, Map<String, String> valueMappings) {
    }

    @Override
    public void header(List<String> columns) {
        List<String> missing = profile.columns().entrySet().stream().filter(column -> !columns.contains(column.getValue()))
                .map(column -> column.getValue() + " (" + column.getKey() + ")").sorted().toList();
        if (!missing.isEmpty()) {
            throw new UnreadableFile("The file has no column " + String.join(", ", missing) + ": check the profile's columns"
                    + (profile.format() == org.cthub.persistence.reports.FileFormat.CSV ? " and delimiter." : "."));
        }
    }

    @Override
    public boolean row(SourceRow row) {
        return next.test(map(row));
    }

    public MappedRow map(SourceRow row) {
        Map<String, String> standard = new HashMap<>();
        List<ReportTemplate.FieldError> errors = new ArrayList<>();
        for (MappedField field : fields) {
            String raw = row.cells().get(field.column());
            try {
                String value = standardValue(field, raw == null ? "" : raw.strip());
                if (!value.isEmpty()) {
                    standard.put(field.name(), value);
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new ReportTemplate.FieldError(field.name(), field.name() + " is not a date in the profile's format "
                        + (profile.datePattern() == null ? "(ISO, yyyy-MM-dd)" : profile.datePattern())));
            }
        }
        ReportTemplate.CheckedRow checked = profile.template().check(standard);
        List<ReportTemplate.FieldError> all = new ArrayList<>(errors);
        checked.errors().stream().filter(e -> errors.stream().noneMatch(m -> m.field().equals(e.field()))).forEach(all::add);
        return new MappedRow(row.number(), all.isEmpty() ? checked.values() : Map.of(), List.copyOf(all));
    }

    private String standardValue(MappedField field, String raw) {
        if (field.valueMappings() != null) {
            String mapped = field.valueMappings().get(ColumnKey.of(raw));
            if (mapped != null) {
                return mapped;
            }
        }
        if (raw.isEmpty()) {
            return raw;
        }
        if ("date".equals(field.target().format())) {
            return date(raw);
        }
        if (TemplateField.INTEGER.equals(field.target().type())) {
            return number(raw);
        }
        return raw;
    }

    private String date(String value) {
        try {
            return IsoDate.parse(value).toString();
        } catch (DateTimeParseException notIso) {
            if (profile.dateFormat() == null) {
                throw notIso;
            }
            return LocalDate.parse(value, profile.dateFormat()).toString();
        }
    }

    private String number(String value) {
        String digits = value.replace("\u00A0", "").replace(" ", "");
        if (profile.thousandsSeparator() != null) {
            digits = digits.replace(profile.thousandsSeparator(), "");
        }
        if (digits.indexOf('.') < 0 && digits.indexOf(',') < 0) {
            return digits;
        }
        Matcher whole = WHOLE_WITH_ZERO_FRACTION.matcher(digits);
        return whole.matches() ? whole.group(1) : digits;
    }
}
