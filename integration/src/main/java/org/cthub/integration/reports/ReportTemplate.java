package org.cthub.integration.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A versioned report template: the JSON Schema of one row of the standard form, as served, and the fields
 * read from it. The schema is the one definition: the hub checks rows with the fields it declares.
 */
public record ReportTemplate(String name, int version, String title, String schema, List<TemplateField> fields) {

    public Optional<TemplateField> field(String fieldName) {
        return fields.stream().filter(field -> field.name().equals(fieldName)).findFirst();
    }

    /** The fields a report supplies (not those the hub sets). */
    public List<TemplateField> inputFields() {
        return fields.stream().filter(field -> !field.readOnly()).toList();
    }

    /** Checks one mapped row (standard field name → value in standard form); fields it lacks are missing. */
    public CheckedRow check(Map<String, String> row) {
        Map<String, Object> values = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        int known = 0;
        // loops, not streams: this runs once per imported row, up to a million times a file
        for (TemplateField field : fields) {
            if (field.readOnly()) {
                continue;
            }
            String value = row.get(field.name());
            if (value != null) {
                known++;
            }
            TemplateField.Checked checked = field.check(value);
            if (checked.refused()) {
                errors.add(new FieldError(field.name(), field.name() + " " + checked.reason()));
            } else if (checked.value() != null) {
                values.put(field.name(), checked.value());
            }
        }
        if (known < row.size()) {
            row.keySet().stream().filter(key -> field(key).filter(f -> !f.readOnly()).isEmpty()).sorted()
                    .forEach(key -> errors.add(new FieldError(key, key + " is not a field of " + name + " v" + version)));
        }
        // the one rule across fields: a period ends no earlier than it starts
        if (values.get("periodStart") != null && values.get("periodEnd") != null && IsoDate.parse(values.get("periodEnd").toString())
                .isBefore(IsoDate.parse(values.get("periodStart").toString()))) {
            errors.add(new FieldError("periodEnd", "periodEnd is before periodStart"));
        }
        return new CheckedRow(values, errors);
    }

    /** A row's standard values, or what is wrong with it (field by field). */
    public record CheckedRow(Map<String, Object> values, List<FieldError> errors) {
        public boolean accepted() {
            return errors.isEmpty();
        }
    }

    /** One reason a row was refused, naming the field (never repeating its value). */
    public record FieldError(String field, String reason) {
    }
}
