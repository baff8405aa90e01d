package org.cthub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;
import java.util.UUID;

/** An organisation's seat in a working group. */
@Embeddable
public class Membership {

    @Column(name = "organisation_id", nullable = false)
    private UUID organisationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MemberRole role;

    protected Membership() {
    }

    Membership(UUID organisationId, MemberRole role) {
        this.organisationId = organisationId;
        this.role = role;
    }

    public UUID organisationId() {
        return organisationId;
    }

    public MemberRole role() {
        return role;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Membership that && Objects.equals(organisationId, that.organisationId);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(organisationId);
    }
}
