package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Countries;
import org.cthub.persistence.partner.CountryRole;
import org.cthub.persistence.partner.CountryCode;

/** The hub operator records the last day a country held a role; the row stays as history. */
@ApplicationScoped
public class EndingCountryRole {

    @Inject
    Countries countries;

    @Inject
    AuditTrail audit;

    @Transactional
    public CountryRole end(String actor, String code, UUID roleId, LocalDate lastDay) {
        CountryRole role = countries.role(countries.get(CountryCode.of(code, "code")).code(), roleId);
        role.end(lastDay);
        audit.record(actor, "country-role.ended", AuditTargets.COUNTRY_ROLE, roleId,
                "country=" + role.country() + "; " + role.describe());
        return role;
    }
}
