package org.cthub.api.partner;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.cthub.persistence.partner.Membership;
import org.cthub.persistence.partner.WorkingGroup;
import org.cthub.persistence.support.Codes;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A working group with its chairs and members. */
@Schema(name = "WorkingGroup", example = """
        {
          "id": "e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b",
          "name": "Return and Reintegration",
          "members": [
            {
              "organisationId": "8d2f4b6a-1c3e-4f5a-9b7c-2e4d6f8a0b1c",
              "organisationName": "IOM Skopje",
              "role": "chair"
            },
            {
              "organisationId": "3f6c1d2e-7a8b-4c9d-8e0f-1a2b3c4d5e6f",
              "organisationName": "La Strada Moldova",
              "role": "member"
            },
            {
              "organisationId": "a1b2c3d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
              "organisationName": "Ministry of Interior of Albania",
              "role": "member"
            }
          ]
        }
        """)
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
