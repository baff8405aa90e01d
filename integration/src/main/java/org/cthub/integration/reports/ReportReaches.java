package org.cthub.integration.reports;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.persistence.partner.WorkingGroups;
import org.cthub.persistence.support.NotPermitted;

/**
 * Makes the {@link ReportReach} of each kind of caller. A secretariat reaches the reports sent to the
 * working groups its organisation sits in (as the Return and Reintegration secretariat reaches overdue
 * follow-ups): a listing must name such a group, and a report to any other group is not found.
 */
@ApplicationScoped
public class ReportReaches {

    @Inject
    WorkingGroups workingGroups;

    public ReportReach partner(UUID organisation, UUID workingGroup) {
        return new ReportReach(organisation, workingGroup, null, null);
    }

    public ReportReach operator(UUID workingGroup) {
        return ReportReach.operator(workingGroup);
    }

    @Transactional
    public ReportReach secretariat(UUID organisation, UUID workingGroup) {
        if (workingGroup != null && !sitsIn(workingGroup, organisation)) {
            throw new NotPermitted("Reports of a working group are for its secretariat: your organisation does not sit in it");
        }
        return new ReportReach(null, workingGroup, organisation, this::sitsIn);
    }

    @Transactional
    public boolean sitsIn(UUID workingGroup, UUID organisation) {
        return organisation != null && workingGroups.get(workingGroup).members().stream()
                .anyMatch(member -> member.organisationId().equals(organisation));
    }
}
