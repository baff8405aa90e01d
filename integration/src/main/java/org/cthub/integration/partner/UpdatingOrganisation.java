package org.cthub.integration.partner;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.cthub.integration.audit.AuditTrail;
import org.cthub.persistence.partner.Organisation;
import org.cthub.persistence.partner.OrganisationStatus;
import org.cthub.persistence.partner.Organisations;
import org.cthub.persistence.support.Codes;
import org.cthub.persistence.support.ConcurrentChanges;
import org.cthub.persistence.support.ConflictingState;
import org.cthub.persistence.support.VersionCheck;

/** The hub operator corrects an organisation's details or moves its status (activate, suspend, reactivate). */
@ApplicationScoped
public class UpdatingOrganisation {

    @Inject
    Organisations organisations;

    @Inject
    ConcurrentChanges changes;

    @Inject
    AuditTrail audit;

    @Transactional
    public Organisation update(String actor, UUID id, long expectedVersion, OrganisationDetails details, String status) {
        Organisation organisation = organisations.get(id);
        VersionCheck.require(expectedVersion, organisation.version(), "Organisation", id);
        OrganisationStatus target = status == null ? organisation.status() : Codes.parse(OrganisationStatus.class, status, "status");
        if (organisations.nameTaken(details.name(), id)) {
            throw new ConflictingState("Another organisation already has this name: choose a distinct name");
        }
        List<String> changed = new ArrayList<>(organisation.describe(details.name(), details.organisationType(),
                details.countryCode(), details.contact()));
        if (organisation.changeStatus(target)) {
            changed.add("status");
        }
        if (!changed.isEmpty()) {
            changes.flush("Organisation", id);
            audit.record(actor, "organisation.updated", AuditTargets.ORGANISATION, id, describe(organisation, changed));
        }
        return organisation;
    }

    // Contact values may name a person at the organisation, so only the fact that they changed is logged.
    private static String describe(Organisation organisation, List<String> changed) {
        List<String> parts = new ArrayList<>();
        for (String field : changed) {
            parts.add(switch (field) {
                case "name" -> "name=" + organisation.name();
                case "type" -> "type=" + Codes.of(organisation.type());
                case "country" -> "country=" + organisation.country();
                case "status" -> "status=" + Codes.of(organisation.status());
                default -> field + " changed";
            });
        }
        return String.join("; ", parts);
    }
}
