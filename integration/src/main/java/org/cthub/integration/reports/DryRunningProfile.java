package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.reports.ReportProfile;

/**
 * Maps a sample file through a profile and returns the first rows mapped and checked, so an NGO can tune its
 * profile before it uploads a report. Nothing is stored but the audit line.
 */
@ApplicationScoped
public class DryRunningProfile {

    public static final int MAX_ROWS = 100;

    @Inject
    ManagingReportProfiles profiles;

    @Inject
    ReportTemplates templates;

    @Inject
    AuditTrail audit;

    /** One transaction for the profile read and the audit line; the sample is small (hub.reports.max-sample-bytes). */
    @Transactional
    public DryRun dryRun(String actor, UUID organisation, UUID profileId, Path sample) {
        ReportProfile profile = profiles.read(organisation, profileId);
        ProfileDefinition definition = ProfileDefinition.of(profile.layout(), templates);
        List<MappedRow> rows = new ArrayList<>();
        boolean[] more = {false};
        ReportFiles.read(sample, definition, new ProfileMapping(definition, row -> {
            if (rows.size() == MAX_ROWS) {
                more[0] = true;
                return false;
            }
            rows.add(row);
            return true;
        }));
        audit.record(actor, ReportsAudit.PROFILE_DRY_RUN, ReportsAudit.PROFILE, profileId, "organisation=" + organisation
                + "; rows=" + rows.size() + "; rejected=" + rows.stream().filter(r -> !r.accepted()).count());
        return new DryRun(rows.size(), rows, more[0]);
    }
}
