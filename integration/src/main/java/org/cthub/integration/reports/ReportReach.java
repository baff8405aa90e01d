package org.cthub.integration.reports;

import java.util.UUID;
import org.cthub.persistence.reports.Report;
import org.cthub.persistence.reports.Reports;
import org.cthub.persistence.support.RecordNotFound;

/**
 * Which reports a caller reaches: a partner its organisation's; a secretariat those sent to the working
 * groups its organisation sits in (checked when the reach is made); the hub operator all.
 *
 * @param organisation the submitting organisation the caller is limited to, or null
 * @param workingGroup the working group a listing is limited to, or null
 * @param secretariatOf the organisation whose working groups a secretariat reaches, or null
 */
public record ReportReach(UUID organisation, UUID workingGroup, UUID secretariatOf, SeatCheck seats) {

    public static ReportReach partner(UUID organisation) {
        return new ReportReach(organisation, null, null, null);
    }

    public static ReportReach operator(UUID workingGroup) {
        return new ReportReach(null, workingGroup, null, null);
    }

    Report visible(Reports reports, UUID reportId) {
        Report report = reports.getVisible(reportId, organisation);
        if (secretariatOf != null && !seats.sitsIn(report.workingGroup(), secretariatOf)) {
            throw new RecordNotFound("Report", reportId);
        }
        return report;
    }

    /** Whether an organisation sits in a working group. */
    public interface SeatCheck {
        boolean sitsIn(UUID workingGroup, UUID organisation);
    }
}
