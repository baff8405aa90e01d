package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.WorkingGroup;
import org.cthub.persistence.partner.WorkingGroups;

/** The hub operator takes an organisation out of a working group; chairs stay. */
@ApplicationScoped
public class RemovingWorkingGroupMember {

    @Inject
    WorkingGroups groups;

    @Inject
    AuditTrail audit;

    @Transactional
    public void remove(String actor, UUID groupId, UUID organisationId) {
        WorkingGroup group = groups.get(groupId);
        group.removeMember(organisationId);
        audit.record(actor, "working-group.member-removed", AuditTargets.WORKING_GROUP, groupId,
                "organisation=" + organisationId);
    }
}
