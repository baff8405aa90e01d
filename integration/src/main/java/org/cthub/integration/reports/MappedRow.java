package org.cthub.integration.reports;

import java.util.List;
import java.util.Map;

/** A row mapped through a profile and checked against the template: its standard values, or its errors. */
public record MappedRow(long number, Map<String, Object> values, List<ReportTemplate.FieldError> errors) {

    public boolean accepted() {
        return errors.isEmpty();
    }
}
