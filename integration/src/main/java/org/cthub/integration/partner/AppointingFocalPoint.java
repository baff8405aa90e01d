package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Countries;
import org.cthub.persistence.partner.Country;
import org.cthub.persistence.partner.CountryCode;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.support.RuleViolation;

/**
 * The hub operator names a country's focal point: the organisation that coordinates counter-trafficking
 * there (of any type, usually the national coordinator or referral mechanism). It must be active; naming the
 * same one again changes nothing and records nothing.
 */
@ApplicationScoped
public class AppointingFocalPoint {

    @Inject
    Countries countries;

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    @Transactional
    public Country appoint(String actor, CountryCode code, UUID organisationId) {
        Country country = countries.get(code);
        if (organisationId == null) {
            throw new RuleViolation("organisationId", "organisationId is required: the focal point's organisation id");
        }
        Organisation organisation = organisations.find(organisationId).filter(Organisation::isActive).orElseThrow(() ->
                new RuleViolation("organisationId", "organisationId must be an active organisation of the directory"));
        if (organisation.isSandbox()) {
            throw new RuleViolation("organisationId", "A sandbox organisation cannot be a focal point: the sandbox covers referrals only");
        }
        if (country.appointFocalPoint(organisation.id())) {
            audit.record(actor, "country.focal-point-set", AuditTargets.COUNTRY, code.value(), "focalPoint=" + organisation.id());
        }
        return country;
    }
}
