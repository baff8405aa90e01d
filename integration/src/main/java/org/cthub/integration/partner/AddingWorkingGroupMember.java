package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.partner.WorkingGroup;
import org.cthub.persistence.partner.WorkingGroups;
import org.cthub.persistence.support.RuleViolation;

/** The hub operator seats an organisation in a working group. */
@ApplicationScoped
public class AddingWorkingGroupMember {

    @Inject
    WorkingGroups groups;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    @Transactional
    public WorkingGroup add(String actor, UUID groupId, UUID organisationId) {
        WorkingGroup group = groups.get(groupId);
        if (organisationId == null || organisations.find(organisationId).isEmpty()) {
            throw new RuleViolation("organisationId", "organisationId must name a registered organisation");
        }
        if (organisations.get(organisationId).isSandbox()) {
            throw new RuleViolation("organisationId", "A sandbox organisation cannot join a working group: the sandbox covers referrals only");
        }
        group.addMember(organisationId);
        audit.record(actor, "working-group.member-added", AuditTargets.WORKING_GROUP, groupId,
                "organisation=" + organisationId + "; role=member");
        return group;
    }
}
