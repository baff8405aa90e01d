package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Countries;
import org.cthub.persistence.partner.Country;
import org.cthub.persistence.partner.CountryCode;

/**
 * The hub operator removes a country's focal point: rapid responses and escalations there reach no focal
 * point until another is set. Referrals it is already a party to stay readable to it. Removing none is harmless.
 */
@ApplicationScoped
public class RemovingFocalPoint {

    @Inject
    Countries countries;

    @Inject
    AuditTrail audit;

    @Transactional
    public void remove(String actor, CountryCode code) {
        Country country = countries.get(code);
        Optional<UUID> was = country.focalPoint();
        if (country.removeFocalPoint()) {
            audit.record(actor, "country.focal-point-removed", AuditTargets.COUNTRY, code.value(), "focalPoint=" + was.orElseThrow());
        }
    }
}
