package org.cthub.integration.statistics;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;
import org.cthub.persistence.statistics.ReportFacts;

/** What NGO reports (received, accepted, returned) can be counted by. */
public enum ReportDimension implements Dimension<ReportFacts> {
    /** The reporting NGO's id. */
    ORGANISATION,
    /** The reporting NGO's country. */
    COUNTRY,
    WORKING_GROUP,
    /** submitted (received, not yet reviewed), accepted or returned. */
    STATUS,
    /** The month the report was first submitted, yyyy-MM. */
    MONTH;

    private static final DateTimeFormatter YEAR_MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);

    @Override
    public Set<String> values(ReportFacts report) {
        return switch (this) {
            case ORGANISATION -> Set.of(report.organisation().toString());
            case COUNTRY -> report.organisationCountry() == null ? Set.of() : Set.of(report.organisationCountry());
            case WORKING_GROUP -> Set.of(report.workingGroup().toString());
            case STATUS -> Set.of(report.status().toLowerCase(Locale.ROOT).replace('_', '-'));
            case MONTH -> Set.of(YEAR_MONTH.format(report.submittedAt()));
        };
    }
}
