package org.cthub.api.reports;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.cthub.integration.reports.ManagingReportProfiles;
import org.cthub.integration.reports.ProfileDetails;
import org.cthub.persistence.reports.ReportProfile;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored report profile. */
@Schema(name = "ReportProfile")
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
