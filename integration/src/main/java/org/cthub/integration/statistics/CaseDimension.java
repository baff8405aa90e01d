package org.cthub.integration.statistics;

import java.util.Map;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What anonymised case records (rows of accepted ctdc-case reports) can be counted by. Exploitation type is
 * multi-valued, as in CTDC (a case of forced labour and sexual exploitation counts under both); a field left
 * empty counts under {@code unknown}. Citizenship by country of exploitation is the trafficking route.
 */
public enum CaseDimension implements Dimension<Map<String, String>> {
    GENDER,
    AGE_BAND,
    CITIZENSHIP,
    EXPLOITATION_TYPE,
    COUNTRY_OF_EXPLOITATION,
    /** The year the case was registered. */
    YEAR;

    @Override
    public Set<String> values(Map<String, String> row) {
        return switch (this) {
            case GENDER -> one(row, "gender");
            case AGE_BAND -> one(row, "ageBroad");
            case CITIZENSHIP -> one(row, "citizenship");
            case COUNTRY_OF_EXPLOITATION -> one(row, "CountryOfExploitation");
            case YEAR -> one(row, "yearOfRegistration");
            case EXPLOITATION_TYPE -> {
                Set<String> types = new LinkedHashSet<>();
                if ("1".equals(ReportStatistics.text(row, "isForcedLabour"))) {
                    types.add("forced-labour");
                }
                if ("1".equals(ReportStatistics.text(row, "isSexualExploit"))) {
                    types.add("sexual-exploitation");
                }
                if ("1".equals(ReportStatistics.text(row, "isOtherExploit"))) {
                    types.add("other-exploitation");
                }
                yield types.isEmpty() ? Set.of("unknown") : types;
            }
        };
    }

    private static Set<String> one(Map<String, String> row, String field) {
        String value = ReportStatistics.text(row, field);
        return Set.of(value == null ? "unknown" : value);
    }
}
