package org.cthub.integration.statistics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.integration.reports.ExportingReport;
import org.cthub.persistence.reports.StoredRow;
import org.cthub.persistence.statistics.AcceptedRow;
import org.cthub.persistence.statistics.ReportFacts;
import org.cthub.persistence.statistics.SharedData;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.RuleViolation;
import org.cthub.persistence.support.crypto.KeyedHash;

/**
 * Aggregates of NGO reports, protected by {@link DisclosureControl}: the reports received and accepted, and from
 * accepted reports, persons assisted (the count lines of activity reports, each line weighing its count) and
 * anonymised cases (one per ctdc-case row). Only accepted
 * reports count, in their latest version; a secretariat counts the reports of NGOs in its working groups'
 * countries, a partner its own. Every query is audited (dimensions, period, scope; never a count).
 */
@ApplicationScoped
public class ReportStatistics {

    static final String PERSONS_ACTION = "statistics.persons-assisted-read";
    static final String CASES_ACTION = "statistics.cases-read";
    static final String REPORTS_ACTION = "statistics.reports-read";

    @Inject
    SharedData data;

    @Inject
    StatisticsSettings settings;

    @Inject
    AuditTrail audit;

    /** Persons assisted in the months [from, to] (by the month their reported period starts). */
    @Transactional
    public StatisticsResult personsAssisted(String actor, StatisticsScope scope, List<PersonsDimension> dimensions, YearMonth from,
            YearMonth to) {
        requireDimensions(dimensions, "gender,assistance-type");
        if (from.isAfter(to)) {
            throw new RuleViolation("from", "from (" + from + ") is after to (" + to + ")");
        }
        CountTable.Builder builder = new CountTable.Builder(dimensions.size() == 2);
        KeyedHash recordKeys = KeyedHash.forPurpose("statistics-record-key");
        data.acceptedRows("activity-report", scope.partner(), row -> {
            if (!scope.covers(row.organisationCountry(), null)) {
                return;
            }
            Map<String, String> line = values(row);
            String start = text(line, "periodStart");
            String count = text(line, "count");
            if (!"persons-assisted".equals(text(line, "measure")) || start == null || count == null) {
                return;
            }
            YearMonth month = YearMonth.parse(start.substring(0, 7));
            if (month.isBefore(from) || month.isAfter(to)) {
                return;
            }
            builder.add(ReferralStatistics.recordKey(recordKeys, row.reportId() + ":" + row.rowNumber()), Long.parseLong(count),
                    dimensions.get(0).values(line), dimensions.size() == 2 ? dimensions.get(1).values(line) : Set.of());
        });
        return protect(actor, PERSONS_ACTION, "persons-assisted", scope, dimensions.stream().map(Codes::of).toList(), from.toString(),
                to.toString(), builder.build());
    }

    /** Anonymised cases of every accepted ctdc-case report in scope; citizenship × country-of-exploitation is the route table. */
    @Transactional
    public StatisticsResult cases(String actor, StatisticsScope scope, List<CaseDimension> dimensions) {
        requireDimensions(dimensions, "citizenship,country-of-exploitation");
        CountTable.Builder builder = new CountTable.Builder(dimensions.size() == 2);
        KeyedHash recordKeys = KeyedHash.forPurpose("statistics-record-key");
        data.acceptedRows("ctdc-case", scope.partner(), row -> {
            if (scope.covers(row.organisationCountry(), null)) {
                Map<String, String> caseRecord = values(row);
                builder.add(ReferralStatistics.recordKey(recordKeys, row.reportId() + ":" + row.rowNumber()), 1,
                        dimensions.get(0).values(caseRecord), dimensions.size() == 2 ? dimensions.get(1).values(caseRecord) : Set.of());
            }
        });
        return protect(actor, CASES_ACTION, "cases", scope, dimensions.stream().map(Codes::of).toList(), null, null, builder.build());
    }

    /** NGO reports first submitted in the months [from, to], by NGO, country, working group, status or month. */
    @Transactional
    public StatisticsResult reports(String actor, StatisticsScope scope, List<ReportDimension> dimensions, YearMonth from, YearMonth to) {
        requireDimensions(dimensions, "organisation,status");
        if (from.isAfter(to)) {
            throw new RuleViolation("from", "from (" + from + ") is after to (" + to + ")");
        }
        CountTable.Builder builder = new CountTable.Builder(dimensions.size() == 2);
        KeyedHash recordKeys = KeyedHash.forPurpose("statistics-record-key");
        for (ReportFacts report : data.reports(from.atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(),
                to.plusMonths(1).atDay(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant(), scope.partner())) {
            if (scope.covers(report.organisationCountry(), null)) {
                builder.add(ReferralStatistics.recordKey(recordKeys, report.id()), dimensions.get(0).values(report),
                        dimensions.size() == 2 ? dimensions.get(1).values(report) : Set.of());
            }
        }
        return protect(actor, REPORTS_ACTION, "reports", scope, dimensions.stream().map(Codes::of).toList(), from.toString(), to.toString(),
                builder.build());
    }

    private StatisticsResult protect(String actor, String action, String dataset, StatisticsScope scope, List<String> dimensions,
            String from, String to, CountTable table) {
        int k = settings.k();
        audit.record(actor, action, ReferralStatistics.AUDIT_TARGET, null, "dimensions=" + dimensions + "; from=" + from + "; to=" + to
                + "; scope=" + scope + "; k=" + k);
        return new StatisticsResult(dataset, dimensions, from, to, Map.of(), StatisticsResult.scopeName(scope),
                new ProtectedTable(table.rows(), table.columns(), DisclosureControl.protect(table, k), k), null, null, null);
    }

    private static void requireDimensions(List<?> dimensions, String example) {
        if (dimensions.isEmpty() || dimensions.size() > 2 || dimensions.stream().distinct().count() != dimensions.size()) {
            throw new RuleViolation("dimensions", "Name one or two different dimensions, e.g. dimensions=" + example);
        }
    }

    /** A stored row's fields as text, read as the report exports read them. */
    private static Map<String, String> values(AcceptedRow row) {
        return ExportingReport.values(new StoredRow(row.rowNumber(), row.data()));
    }

    /** A field's text, or null when the row leaves it empty. */
    static String text(Map<String, String> row, String field) {
        String value = row.get(field);
        return value == null || value.isBlank() ? null : value;
    }
}
