package org.cthub.integration.reports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Maps a file's rows onto the template through a profile: finds each field's column, turns the
 * organisation's values into standard codes (value mappings), its dates into ISO dates and its numbers into
 * plain digits, then checks the row against the template. A sink over a reader: the header must hold every
 * column the profile maps, else the file is refused before any row.
 */
public final class ProfileMapping implements RowSink {

    private final ProfileDefinition profile;
    private final Predicate<MappedRow> next;

    public ProfileMapping(ProfileDefinition profile, Predicate<MappedRow> next) {
        this.profile = profile;
        this.next = next;
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
        profile.columns().forEach((field, column) -> {
            String raw = row.cells().get(column);
            try {
                String value = standardValue(field, raw == null ? "" : raw.strip());
                if (!value.isEmpty()) {
                    standard.put(field, value);
                }
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.add(new ReportTemplate.FieldError(field, field + " is not a date in the profile's format "
                        + (profile.datePattern() == null ? "(ISO, yyyy-MM-dd)" : profile.datePattern())));
            }
        });
        ReportTemplate.CheckedRow checked = profile.template().check(standard);
        List<ReportTemplate.FieldError> all = new ArrayList<>(errors);
        checked.errors().stream().filter(e -> errors.stream().noneMatch(m -> m.field().equals(e.field()))).forEach(all::add);
        return new MappedRow(row.number(), all.isEmpty() ? checked.values() : Map.of(), List.copyOf(all));
    }

    private String standardValue(String field, String raw) {
        Map<String, String> mapping = profile.valueMappings().get(field);
        String value = raw;
        if (mapping != null) {
            String mapped = mapping.get(ColumnKey.of(raw));
            if (mapped != null) {
                return mapped;
            }
        }
        TemplateField target = profile.template().field(field).orElseThrow();
        if (value.isEmpty()) {
            return value;
        }
        if ("date".equals(target.format())) {
            return date(value);
        }
        if (TemplateField.INTEGER.equals(target.type())) {
            return number(value);
        }
        return value;
    }

    private String date(String value) {
        try {
            return LocalDate.parse(value).toString();
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
        // a whole number a spreadsheet wrote as 12.0 or 12,0
        return digits.matches("-?\\d+[.,]0+") ? digits.substring(0, digits.length() - digits.replaceAll("^-?\\d+", "").length()) : digits;
    }
}
