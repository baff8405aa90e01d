package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.cthub.persistence.support.RecordNotFound;

/** The templates the hub knows, bundled with it. A new version is a new file beside the old, never an edit of it. */
@ApplicationScoped
public class ReportTemplates {

    public static final String ACTIVITY_REPORT = "activity-report";
    public static final String CTDC_CASE = "ctdc-case";

    private static final List<ReportTemplate> BUNDLED = List.of(
            TemplateSchema.bundled(ACTIVITY_REPORT, 1),
            TemplateSchema.bundled(CTDC_CASE, 1));

    public List<ReportTemplate> all() {
        return BUNDLED;
    }

    public ReportTemplate get(String name, int version) {
        return find(name, version);
    }

    static ReportTemplate find(String name, int version) {
        return BUNDLED.stream().filter(t -> t.name().equals(name) && t.version() == version).findFirst()
                .orElseThrow(() -> new RecordNotFound("Report template", name + " v" + version));
    }
}
