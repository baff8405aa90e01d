package org.cthub.persistence.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;

/**
 * One role a country plays over a period (valid from, and to once ended). Roles change as routes shift, so
 * they are dated rows, never overwritten: the history says what was true when a case was handled.
 */
@Entity
@Table(name = "country_role")
public class CountryRole {

    @Id
    private UUID id;

    @Column(nullable = false, length = 2)
    private CountryCode country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private CountryRoleKind role;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Version
    private Long version;

    protected CountryRole() {
    }

    public CountryRole(CountryCode country, CountryRoleKind role, LocalDate validFrom) {
        if (validFrom == null) {
            throw new RuleViolation("validFrom", "validFrom is required (ISO date, e.g. 2025-01-01)");
        }
        this.id = UUID.randomUUID();
        this.country = country;
        this.role = role;
        this.validFrom = validFrom;
    }

    /** Ends the role on a date (the last day it held); a role ends once. */
    public void end(LocalDate lastDay) {
        if (validTo != null) {
            throw new ConflictingState("This role already ended on " + validTo + ": add a new role if it applies again");
        }
        if (lastDay == null || lastDay.isBefore(validFrom)) {
            throw new RuleViolation("validTo", "validTo must be a date on or after validFrom (" + validFrom + ")");
        }
        validTo = lastDay;
    }

    public boolean isHeldOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** True when this role and another of the same kind would hold on some common day. */
    public boolean overlaps(CountryRoleKind kind, LocalDate from) {
        return role == kind && (validTo == null || !from.isAfter(validTo));
    }

    public String describe() {
        return Codes.of(role) + " from " + validFrom + (validTo == null ? "" : " to " + validTo);
    }

    public UUID id() {
        return id;
    }

    public CountryCode country() {
        return country;
    }

    public CountryRoleKind role() {
        return role;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }
}
