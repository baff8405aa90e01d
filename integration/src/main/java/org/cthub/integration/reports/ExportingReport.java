package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.reports.Report;
import org.cthub.persistence.reports.ReportRows;
import org.cthub.persistence.reports.ReportStatus;
import org.cthub.persistence.reports.Reports;
import org.cthub.persistence.reports.StoredRow;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.NotPermitted;
import org.cthub.persistence.support.SharedJson;

/**
 * The accepted rows of an accepted report in the standard form, read page by page (by row number) so an
 * export of a million rows streams in bounded memory. Only an accepted report exports: the others are not
 * yet the standard data the network shares.
 */
@ApplicationScoped
public class ExportingReport {

    public static final int PAGE = 5000;
    static final String CASE_RECORDS = "ctdc-case";

    private static final JsonProvider JSON = SharedJson.PROVIDER;

    @Inject
    Reports reports;

    @Inject
    ReportRows rows;

    @Inject
    ReportTemplates templates;

    @Inject
    AuditTrail audit;

    /** What to export: the template (its fields are the columns) and the version whose rows are exported. Audited. */
    @Transactional
    public Export start(String actor, ReportReach reach, UUID reportId, String format) {
        Report report = reach.visible(reports, reportId);
        if (report.status() != ReportStatus.ACCEPTED) {
            throw new ConflictingState("Only an accepted report exports; this one is " + report.status().name().toLowerCase());
        }
        if (reach.secretariatOf() != null && CASE_RECORDS.equals(report.templateName())) {
            // anonymised, but one row per person: shared data reaches a secretariat only as protected aggregates
            throw new NotPermitted("Case records are not exported to a secretariat: count them with GET /statistics/cases, "
                    + "which protects small cells");
        }
        audit.record(actor, ReportsAudit.EXPORTED, ReportsAudit.REPORT, reportId, "version=" + report.latest().number() + "; format=" + format);
        return new Export(templates.get(report.templateName(), report.templateVersion()), report.latest().id(), report.latest().number());
    }

    @Transactional
    public List<StoredRow> page(UUID versionId, long afterRow) {
        return rows.rowsAfter(versionId, afterRow, PAGE);
    }

    /** A stored row's values as text, by field. */
    public static Map<String, String> values(StoredRow row) {
        Map<String, String> values = new LinkedHashMap<>();
        JsonObject object;
        try (JsonReader reader = JSON.createReader(new StringReader(row.json()))) {
            object = reader.readObject();
        }
        object.forEach((field, value) -> values.put(field, value instanceof JsonString s ? s.getString()
                : value instanceof JsonNumber n ? n.toString() : ""));
        return values;
    }

    /** An export under way: its template, and the version (and its number) whose rows it reads. */
    public record Export(ReportTemplate template, UUID versionId, int versionNumber) {
    }
}
