package org.cthub.api.reports;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.cthub.integration.reports.ManagingReportProfiles;
import org.cthub.integration.reports.ProfileDetails;
import org.cthub.persistence.reports.ReportProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored report profile. */
@Schema(name = "ReportProfile", example = """
        {
          "id": "4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8",
          "organisationId": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
          "name": "Quarterly activity sheet",
          "template": "activity-report",
          "templateVersion": 1,
          "format": "csv",
          "encoding": "windows-1250",
          "delimiter": ";",
          "dateFormat": "dd.MM.yyyy",
          "columns": {
            "periodStart": "De la",
            "periodEnd": "Până la",
            "country": "Țara",
            "measure": "Indicator",
            "gender": "Gen",
            "count": "Număr"
          },
          "valueMappings": {
            "gender": {
              "F": "Woman",
              "M": "Man"
            }
          },
          "createdAt": "2026-09-15T08:00:00Z",
          "updatedAt": "2026-09-20T10:30:00Z"
        }
        """)
public record ProfileView(UUID id, UUID organisationId, String name, String template, int templateVersion, String format,
        String encoding, String delimiter, String sheetName, String dateFormat, String thousandsSeparator,
        Map<String, String> columns, Map<String, Map<String, String>> valueMappings, Instant createdAt, Instant updatedAt) {

    static ProfileView of(ReportProfile profile) {
        ProfileDetails details = ManagingReportProfiles.details(profile);
        return new ProfileView(profile.id(), profile.organisation(), profile.name(), details.template(), details.templateVersion(),
                details.format(), details.encoding(), details.delimiter(), details.sheetName(), details.dateFormat(),
                details.thousandsSeparator(), details.columns(), details.valueMappings(), profile.createdAt(), profile.updatedAt());
    }
}
