package org.cthub.api.reports;

import java.util.List;
import org.cthub.integration.reports.ReportTemplate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template in the list: its name, version, title, the fields a report supplies, and where its schema is. */
@Schema(name = "ReportTemplate")
public record TemplateView(String name, int version, String title, List<String> fields, List<String> requiredFields, String schema) {

    static TemplateView of(ReportTemplate template) {
        return new TemplateView(template.name(), template.version(), template.title(),
                template.inputFields().stream().map(f -> f.name()).toList(),
                template.inputFields().stream().filter(f -> f.required()).map(f -> f.name()).toList(),
                "/reports/templates/" + template.name() + "/versions/" + template.version());
    }
}
