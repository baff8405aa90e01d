package org.cthub.persistence.partner;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RecordNotFound;

/**
 * A working group of the OSCE Task Force (Return and Reintegration, Awareness Raising, Victim Protection):
 * its chairs and members. A group always keeps the organisations that lead it.
 */
@Entity
@Table(name = "working_group")
public class WorkingGroup {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "working_group_member", joinColumns = @JoinColumn(name = "working_group_id"))
    private Set<Membership> members = new HashSet<>();

    @Version
    private Long version;

    protected WorkingGroup() {
    }

    public void addMember(UUID organisationId) {
        if (members.contains(new Membership(organisationId, MemberRole.MEMBER))) {
            throw new ConflictingState("Organisation " + organisationId + " is already in this working group");
        }
        members.add(new Membership(organisationId, MemberRole.MEMBER));
    }

    public void removeMember(UUID organisationId) {
        Membership seat = members.stream().filter(m -> m.organisationId().equals(organisationId)).findFirst()
                .orElseThrow(() -> new RecordNotFound("Member organisation", organisationId));
        if (seat.role().leads()) {
            throw new ConflictingState("Organisation " + organisationId
                    + " chairs this working group: a chair cannot be removed as a member");
        }
        members.remove(seat);
    }

    /** Chairs first, then co-chairs, then members; stable within each. */
    public List<Membership> members() {
        return members.stream()
                .sorted(Comparator.comparing(Membership::role).thenComparing(m -> m.organisationId().toString()))
                .toList();
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }
}
