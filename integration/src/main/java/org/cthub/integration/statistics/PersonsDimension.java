package org.cthub.integration.statistics;

import java.util.Map;
import java.util.Set;

/**
 * What persons assisted (count lines of accepted activity reports, measure persons-assisted) can be counted by. A
 * line that leaves a field empty counts under {@code unknown}.
 */
public enum PersonsDimension implements Dimension<Map<String, String>> {
    GENDER("gender"),
    AGE_BAND("ageBroad"),
    CITIZENSHIP("citizenship"),
    ASSISTANCE_TYPE("assistanceType"),
    /** The country the assistance was given in. */
    COUNTRY("country"),
    /** The month the reported period starts, yyyy-MM. */
    MONTH("periodStart");

    private final String field;

    PersonsDimension(String field) {
        this.field = field;
    }

    @Override
    public Set<String> values(Map<String, String> line) {
        String value = ReportStatistics.text(line, field);
        return Set.of(value == null ? "unknown" : this == MONTH ? value.substring(0, 7) : value);
    }
}
