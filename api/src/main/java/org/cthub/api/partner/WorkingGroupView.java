package org.cthub.api.partner;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.persistence.partner.Membership;
import org.cthub.persistence.partner.WorkingGroup;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A working group with its chairs and members. */
@Schema(name = "WorkingGroup")
public record WorkingGroupView(UUID id, String name, List<Member> members) {

    /** One seat in the group. */
    @Schema(name = "WorkingGroupMember")
    public record Member(UUID organisationId, String organisationName,
            @Schema(enumeration = {"chair", "co-chair", "member"}) String role) {
    }

    static WorkingGroupView of(WorkingGroup group, Map<UUID, String> organisationNames) {
        return new WorkingGroupView(group.id(), group.name(), group.members().stream()
                .map(m -> member(m, organisationNames)).toList());
    }

    private static Member member(Membership m, Map<UUID, String> names) {
        return new Member(m.organisationId(), names.get(m.organisationId()), Codes.of(m.role()));
    }
}
