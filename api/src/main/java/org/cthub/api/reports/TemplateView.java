package org.cthub.api.reports;

import java.util.List;
import org.cthub.integration.reports.ReportTemplate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A template in the list: its name, version, title, the fields a report supplies, and where its schema is. */
@Schema(name = "ReportTemplate", example = """
        {
          "name": "activity-report",
          "version": 1,
          "title": "Activity report, version 1",
          "fields": [
            "organisation",
            "periodStart",
            "periodEnd",
            "country",
            "measure",
            "gender",
            "ageBroad",
            "citizenship",
            "assistanceType",
            "count"
          ],
          "requiredFields": [
            "periodStart",
            "periodEnd",
            "country",
            "measure",
            "count"
          ],
          "schema": "/reports/templates/activity-report/versions/1"
        }
        """)
public record TemplateView(String name, int version, String title, List<String> fields, List<String> requiredFields, String schema) {

    static TemplateView of(ReportTemplate template) {
        return new TemplateView(template.name(), template.version(), template.title(),
                template.inputFields().stream().map(f -> f.name()).toList(),
                template.inputFields().stream().filter(f -> f.required()).map(f -> f.name()).toList(),
                "/reports/templates/" + template.name() + "/versions/" + template.version());
    }
}
