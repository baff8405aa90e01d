package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Countries;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.CountryRole;
import org.cthub.persistence.partner.CountryRoleKind;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.RuleViolation;

/** The hub operator records that a country takes on a role (a new hotspot) from a date. */
@ApplicationScoped
public class AssigningCountryRole {

    @Inject
    Countries countries;

    @Inject
    AuditTrail audit;

    @Transactional
    public CountryRole assign(String actor, String code, String role, LocalDate validFrom) {
        if (validFrom == null) {
            throw new RuleViolation("validFrom", "validFrom is required (ISO date, e.g. 2025-01-01)");
        }
        CountryCode country = CountryCode.on(code, validFrom, "code");
        CountryRoleKind kind = Codes.parse(CountryRoleKind.class, role, "role");
        countries.getOrAdd(country);
        if (countries.rolesOf(country).stream().anyMatch(r -> r.overlaps(kind, validFrom))) {
            throw new ConflictingState(country + " already holds the " + role
                    + " role in that period: end the current role first");
        }
        CountryRole assigned = new CountryRole(country, kind, validFrom);
        countries.addRole(assigned);
        audit.record(actor, "country-role.assigned", AuditTargets.COUNTRY_ROLE, assigned.id(),
                "country=" + country + "; " + assigned.describe());
        return assigned;
    }
}
