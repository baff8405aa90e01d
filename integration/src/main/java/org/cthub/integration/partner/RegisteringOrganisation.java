package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConflictingState;

/** The hub operator registers a partner; it stays pending until activated. */
@ApplicationScoped
public class RegisteringOrganisation {

    @Inject
    Organisations organisations;

    @Inject
    AuditTrail audit;

    @Transactional
    public Organisation register(String actor, OrganisationDetails details) {
        Organisation organisation = new Organisation(details.name(), details.organisationType(),
                details.countryCode(), details.contact());
        if (organisations.nameTaken(organisation.name(), null)) {
            throw new ConflictingState("An organisation with this name is already registered: update it instead");
        }
        organisations.add(organisation);
        audit.record(actor, "organisation.registered", AuditTargets.ORGANISATION, organisation.id(),
                "name=" + organisation.name() + "; type=" + Codes.of(organisation.type())
                        + "; country=" + organisation.country() + "; status=" + Codes.of(organisation.status()));
        return organisation;
    }
}
